import { and, eq, gt, isNull } from "drizzle-orm";
import { userSessions } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { requireSessionCaller } from "./require-session-caller";
import type { ListSessionsQuery, SessionJson } from "./schemas";
import { serializeSession } from "./serialize-session";

/** A session unseen this long has an expired cookie (next-auth's maxAge): it is not listed. */
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The caller's own live sessions (every workspace shares them: they belong to the account), newest first. */
export async function listSessions({ ctx, query }: { ctx: Ctx; query: ListSessionsQuery }): Promise<Page<SessionJson>> {
  authorize(ctx, "sessions.read");
  requireSessionCaller(ctx);
  const filters = [
    and(eq(userSessions.userId, ctx.caller.user.id), isNull(userSessions.revokedAt)),
    gt(userSessions.lastSeenAt, new Date(Date.now() - SESSION_MAX_AGE_MS)),
  ];
  return keysetPage(ctx.db, userSessions, userSessions.id, filters, query, (row) => serializeSession(row, ctx.caller.sessionId));
}
