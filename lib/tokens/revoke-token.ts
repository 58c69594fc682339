import { eq } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findToken } from "./find-token";
import { serializeToken } from "./serialize-token";
import { requireTokenManagement } from "./require-token-management";

/**
 * Revokes at once: every request looks its token up, so the next one with this token is 401.
 * The row is kept (revoked_at set) for the audit trail of events that name it.
 */
export async function revokeToken({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireTokenManagement(ctx, "change");
  await transact(ctx.db, async (tx) => {
    await findToken(ctx, tx, id, { forUpdate: true });
    const [row] = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).returning();
    await recordEvent(tx, {
      workspaceId: row.workspaceId,
      type: "token.revoked",
      boardId: null,
      actor: ctx.caller.user,
      data: serializeToken(row),
    });
  });
}
