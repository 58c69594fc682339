import { and, eq, isNull } from "drizzle-orm";
import { userSessions } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { recordSessionRevoked } from "@/lib/auth/session-events";
import { isIdOf } from "@/lib/ids";
import { transact } from "@/lib/events/transaction";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { requireSessionCaller } from "./require-session-caller";

/**
 * Ends one of the caller's own sessions (this one included: that is signing out elsewhere's
 * equivalent); its next request, page or /v1, is refused. Another account's session, or one
 * already ended, is 404. Records auth.session_revoked in each of the caller's workspaces.
 */
export async function endSession({ ctx, id, ip }: { ctx: Ctx; id: string; ip: string }): Promise<void> {
  authorize(ctx, "sessions.write");
  requireSessionCaller(ctx);
  if (!isIdOf("session", id)) throw notFound("Session");
  await transact(ctx.db, async (tx) => {
    const [row] = await tx
      .update(userSessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(userSessions.id, id), eq(userSessions.userId, ctx.caller.user.id), isNull(userSessions.revokedAt)))
      .returning();
    if (!row) throw notFound("Session");
    await recordSessionRevoked(tx, { user: ctx.caller.user, actor: ctx.caller.user, sessionIds: [row.id], ip, reason: "ended" });
  });
}
