"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { auth } from "@/lib/auth";
import { listMyWorkspaces } from "./list-my-workspaces";
import { rememberWorkspace } from "./workspace-choice";

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
    rememberWorkspace(await cookies(), workspaceId);
  }
  redirect("/boards");
}
