import { eq } from "drizzle-orm";
import { webhooks } from "@/db/schema";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { onCommit, transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { deliveryHealth } from "./delivery-health";
import { deliveryScheduler } from "./delivery-scheduler";
import { findWebhook } from "./find-webhook";
import type { UpdateWebhookInput, WebhookJson } from "./schemas";
import { serializeWebhook } from "./serialize-webhook";
import { validateBoardIds } from "./validate-board-ids";
import { validateWebhookUrl } from "./validate-webhook-url";

export const PAUSED_BY_ADMIN = "Paused by an admin.";

/**
 * Changes url, events, board_ids, description or active. Pausing records `disabled_by: "admin"`; re-enabling clears it and the shown reason, but
 * not the failure count: only a successful delivery resets that (webhooks.md).
 */
export async function updateWebhook({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateWebhookInput }): Promise<WebhookJson> {
  requireWebhookAdmin(ctx, "write");
  const url = input.url !== undefined ? await validateWebhookUrl(input.url) : undefined;
  return transact(ctx.db, async (tx) => {
    const current = await findWebhook(ctx, tx, id, { forUpdate: true });
    if (input.board_ids) await validateBoardIds(tx, ctx.caller.workspaceId, input.board_ids);
    const reenabled = input.active === true && !current.active;
    const [row] = await tx
      .update(webhooks)
      .set({
        ...(url !== undefined ? { url } : {}),
        ...(input.events !== undefined ? { events: input.events } : {}),
        ...(input.board_ids !== undefined ? { boardIds: input.board_ids } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(reenabled ? { disabledReason: null, disabledAt: null, disabledBy: null } : {}),
        ...(input.active === false && current.active
          ? { disabledReason: PAUSED_BY_ADMIN, disabledAt: new Date(), disabledBy: "admin" as const }
          : {}),
        updatedAt: new Date(),
      })
      .where(eq(webhooks.id, id))
      .returning();
    const health = await deliveryHealth(tx, row.id);
    const before = serializeWebhook(current, health);
    const after = serializeWebhook(row, health);
    const changes = diffChanges(before, after, ["url", "events", "board_ids", "description", "active"]);
    if (Object.keys(changes).length > 0) {
      await recordEvent(tx, {
        workspaceId: row.workspaceId,
        type: "webhook.updated",
        boardId: null,
        actor: ctx.caller.user,
        data: after,
        changes,
      });
    }
    if (reenabled) onCommit(tx, () => deliveryScheduler().webhookResumed(id));
    return after;
  });
}
