import type { MyWorkspace } from "@/lib/workspaces/list-my-workspaces";

/**
 * After a sign-up that accepted invites, the boards page is opened with `?joined=<ids>` (comma-
 * separated, newest invite first) and says once what the user joined. The ids are only looked up
 * among the viewer's own workspaces, so a crafted link can name nothing else.
 */
export const JOINED_PARAM = "joined";

export type JoinedNotice = { name: string; role: MyWorkspace["role"] }[];

export function joinedNotice(param: string | string[] | undefined, mine: readonly MyWorkspace[]): JoinedNotice {
  const ids = (Array.isArray(param) ? param.join(",") : (param ?? "")).split(",").filter(Boolean).slice(0, 20);
  return ids.flatMap((id) => {
    const workspace = mine.find((w) => w.id === id);
    return workspace ? [{ name: workspace.name, role: workspace.role }] : [];
  });
}

/** "You joined Acme as member." / "You joined Acme as admin and Beta as viewer." */
export function joinedMessage(notice: JoinedNotice): string {
  const parts = notice.map((w) => `${w.name} as ${w.role}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
  return `You joined ${list}.`;
}
