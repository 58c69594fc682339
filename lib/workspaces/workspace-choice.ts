import type { Database } from "@/db/client";
import type { Caller } from "./context";
import { loadCaller } from "./load-caller";
import { WORKSPACE_HEADER } from "./workspace-header";

/**
 * Which workspace a signed-in browser acts in, decided here only: the page's own workspace
 * (WORKSPACE_HEADER, sent by lib/api-client with every /v1 call) wins; else the one remembered in
 * the `tt_workspace` cookie (shared by every tab, set when the user switches); else the user's
 * first workspace. Token callers never come here: a token belongs to one workspace.
 */
export const WORKSPACE_COOKIE = "tt_workspace";

const WORKSPACE_ID = /^[a-z]+_[0-9a-z]+$/;
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** Next's `cookies()` or anything else with `get`; a Request is read from its Cookie header. */
type CookieSource = Request | { get(name: string): { value: string } | undefined };
type CookieJar = {
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: "lax"; path: string; maxAge: number }): unknown;
};

/** The remembered workspace id, if the cookie holds one of the right shape (never trusted further). */
export function rememberedWorkspace(source: CookieSource): string | undefined {
  const value =
    source instanceof Request
      ? new RegExp(`(?:^|;\\s*)${WORKSPACE_COOKIE}=([^;]*)`).exec(source.headers.get("cookie") ?? "")?.[1]
      : source.get(WORKSPACE_COOKIE)?.value;
  return value && WORKSPACE_ID.test(value) ? value : undefined;
}

/** Remembers the workspace for every tab; the caller has checked the user belongs to it. */
export function rememberWorkspace(jar: CookieJar, workspaceId: string): void {
  jar.set(WORKSPACE_COOKIE, workspaceId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: ONE_YEAR_SECONDS });
}

export type WorkspaceChoice =
  | { ok: true; caller: Caller }
  /** The page names a workspace the user is not (or no longer) in: acting elsewhere is refused. */
  | { ok: false; reason: "not_member_of_pinned" }
  /** The user has no workspace at all (or no longer exists). */
  | { ok: false; reason: "no_workspace" };

export async function chooseWorkspace(
  db: Database,
  userId: string,
  wanted: { pinned?: string | null; remembered?: string },
): Promise<WorkspaceChoice> {
  if (wanted.pinned != null) {
    const caller = WORKSPACE_ID.test(wanted.pinned) ? await loadCaller(db, userId, { via: "session", workspaceId: wanted.pinned }) : null;
    return caller ? { ok: true, caller } : { ok: false, reason: "not_member_of_pinned" };
  }
  // A remembered workspace the user no longer belongs to falls back to their own workspace.
  const caller =
    (wanted.remembered && (await loadCaller(db, userId, { via: "session", workspaceId: wanted.remembered }))) ||
    (await loadCaller(db, userId, { via: "session" }));
  return caller ? { ok: true, caller } : { ok: false, reason: "no_workspace" };
}

/** For /v1 with a session cookie: the page's header, else the cookie, else the user's own. */
export function chooseWorkspaceForRequest(db: Database, userId: string, req: Request): Promise<WorkspaceChoice> {
  return chooseWorkspace(db, userId, { pinned: req.headers.get(WORKSPACE_HEADER), remembered: rememberedWorkspace(req) });
}
