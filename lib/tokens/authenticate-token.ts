import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { preparedOn } from "@/db/prepared";
import { apiTokens, memberships, users } from "@/db/schema";
import { unauthorized } from "@/lib/core/errors";
import type { Caller } from "@/lib/workspaces/context";
import { noteTokenUse } from "./note-token-use";
import { hashToken, TOKEN_FORMAT } from "./token-secret";

/**
 * The token and, in the same query, its user's current membership of the token's workspace
 * (null when the user left it), so a request is authenticated in one round trip.
 */
const tokenWithCaller = preparedOn((db) =>
  db
    .select({
      id: apiTokens.id,
      workspaceId: apiTokens.workspaceId,
      scope: apiTokens.scope,
      boardIds: apiTokens.boardIds,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      role: memberships.role,
      userId: users.id,
      userName: users.name,
      userEmail: users.email,
    })
    .from(apiTokens)
    .leftJoin(memberships, and(eq(memberships.workspaceId, apiTokens.workspaceId), eq(memberships.userId, apiTokens.userId)))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(eq(apiTokens.tokenHash, sql.placeholder("hash")))
    .prepare("authenticate_token"),
);

/**
 * Returns the caller a Bearer token acts as, or null for a token we never issued. Expired and
 * revoked tokens get a 401 that says so: only someone holding the token can learn it, and it
 * tells a script's owner what to fix. The user's role is loaded fresh on every request, so a
 * demoted or removed member's tokens lose the same rights at once.
 */
export async function authenticateToken(db: Database, rawToken: string): Promise<Caller | null> {
  // A malformed value never reaches the database (and cannot be a hash-collision probe).
  if (!TOKEN_FORMAT.test(rawToken)) return null;
  const [token] = await tokenWithCaller(db).execute({ hash: hashToken(rawToken) });
  if (!token) return null;
  const now = new Date();
  if (token.revokedAt) throw unauthorized("This API token has been revoked.");
  if (token.expiresAt && token.expiresAt <= now) throw unauthorized(`This API token expired at ${token.expiresAt.toISOString()}.`);
  if (!token.role || !token.userId || token.userName === null || token.userEmail === null)
    throw unauthorized("This API token's user is no longer a member of its workspace.");
  noteTokenUse(db, token.id, token.lastUsedAt, now);
  return {
    user: { id: token.userId, name: token.userName, email: token.userEmail },
    workspaceId: token.workspaceId,
    role: token.role,
    via: "token",
    token: { id: token.id, scope: token.scope, boardIds: token.boardIds },
  };
}
