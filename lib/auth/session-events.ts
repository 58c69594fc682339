import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";

export type SessionRevokedReason = "ended" | "password_reset" | "password_changed" | "account_deleted";

type Person = { id: string; name: string; email: string };

/**
 * auth.session_revoked, once per ended session in each workspace of its user (like auth.login):
 * `ip` is the address of the request that ended it, `reason` why.
 */
export async function recordSessionRevoked(
  tx: Tx,
  input: { user: Person; actor: Person | null; sessionIds: string[]; ip: string; reason: SessionRevokedReason },
): Promise<void> {
  if (input.sessionIds.length === 0) return;
  const rows = await tx.select({ workspaceId: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, input.user.id));
  for (const { workspaceId } of rows) {
    for (const sessionId of input.sessionIds) {
      await recordEvent(tx, {
        workspaceId,
        type: "auth.session_revoked",
        boardId: null,
        actor: input.actor,
        data: { user_id: input.user.id, email: input.user.email, ip: input.ip, session_id: sessionId, reason: input.reason },
      });
    }
  }
}
