import type { Database } from "@/db/client";
import type { Role } from "@/db/schema";

export type TokenScope = "read" | "read_write";

/** Who is calling: a person with a session, or a script with an API token acting as its user. */
export type Caller = {
  user: { id: string; name: string; email: string };
  workspaceId: string;
  role: Role;
  via: "session" | "token";
  /** Present for token callers: caps the user's rights (scope, and boards when restricted). */
  token?: { id: string; scope: TokenScope; boardIds: string[] | null };
  /** Present for session callers: their row of user_sessions (Settings → Security marks it "this device"). */
  sessionId?: string;
  /** A session caller in a workspace that requires two-factor, without it: only the account and leaving are open. */
  twoFactorMissing?: true;
};

/** What every domain verb receives alongside its input. */
export type Ctx = { db: Database; caller: Caller; requestId?: string };
