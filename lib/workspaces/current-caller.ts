import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { auth } from "@/lib/auth";
import type { Caller } from "./context";
import { listMyWorkspaces, type MyWorkspace } from "./list-my-workspaces";
import { chooseWorkspace, rememberedWorkspace } from "./workspace-choice";

export type Viewer = Caller & { workspaceName: string; workspaces: MyWorkspace[] };

/** For server components of signed-in pages: the caller, or a redirect to sign-in. */
export async function requireViewer(): Promise<Viewer> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect("/sign-in");
  const db = await getDb();
  const choice = await chooseWorkspace(db, userId, { remembered: rememberedWorkspace(await cookies()) });
  if (!choice.ok) redirect("/sign-in");
  const { caller } = choice;
  const mine = await listMyWorkspaces(db, userId);
  return { ...caller, workspaceName: mine.find((w) => w.id === caller.workspaceId)?.name ?? "Workspace", workspaces: mine };
}
