"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { auth } from "@/lib/auth";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

/**
 * Makes another of the user's workspaces the current one for the browser (and so for /v1 calls
 * with this session). A workspace the user is not in is ignored, never trusted from the form.
 */
export async function switchWorkspaceAction(workspaceId: string): Promise<void> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect("/sign-in");
  const mine = await listMyWorkspaces(await getDb(), userId);
  if (mine.some((w) => w.id === workspaceId)) {
    (await cookies()).set("tt_workspace", workspaceId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 3600 });
  }
  redirect("/boards");
}
