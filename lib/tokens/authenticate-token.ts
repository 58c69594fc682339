import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { unauthorized } from "@/lib/core/errors";
import { loadCaller } from "@/lib/workspaces/load-caller";
import type { Caller } from "@/lib/workspaces/context";
import { hashToken, TOKEN_FORMAT } from "./token-secret";

/** last_used_at is a hint for people, not an audit log: one write a minute per token is plenty. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Returns the caller a Bearer token acts as, or null for a token we never issued. Expired and
 * revoked tokens get a 401 that says so: only someone holding the token can learn it, and it
 * tells a script's owner what to fix. The user's role is loaded fresh on every request, so a
 * demoted or removed member's tokens lose the same rights at once.
 */
export async function authenticateToken(db: Database, rawToken: string): Promise<Caller | null> {
  // A malformed value never reaches the database (and cannot be a hash-collision probe).
  if (!TOKEN_FORMAT.test(rawToken)) return null;
  const [token] = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashToken(rawToken)));
  if (!token) return null;
  const now = new Date();
  if (token.revokedAt) throw unauthorized("This API token has been revoked.");
  if (token.expiresAt && token.expiresAt <= now) throw unauthorized(`This API token expired at ${token.expiresAt.toISOString()}.`);
  const caller = await loadCaller(db, token.userId, {
    via: "token",
    workspaceId: token.workspaceId,
    token: { id: token.id, scope: token.scope, boardIds: token.boardIds },
  });
  if (!caller) throw unauthorized("This API token's user is no longer a member of its workspace.");
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) await touch(db, token.id, now);
  return caller;
}

/** Conditional, so concurrent requests of one token write at most once per interval. */
async function touch(db: Database, id: string, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - TOUCH_EVERY_MS);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))));
}
