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
import { decryptHeaders, mergeHeaderUpdate, storedHeaders } from "./custom-headers";
import { releaseHeldDeliveries } from "./release-held-deliveries";
import { invalidRequest } from "@/lib/core/errors";

export const PAUSED_BY_ADMIN = "Paused by an admin.";

/**
 * Changes any setting but the secret (rotate_secret). Pausing records `disabled_by: "admin"`; re-enabling clears it and the shown reason, but
 * not the failure count: only a successful delivery resets that (webhooks.md). Deliveries held
 * while it was off (queued or mid-retry then) are released and sent.
 */
export async function updateWebhook({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateWebhookInput }): Promise<WebhookJson> {
  requireWebhookAdmin(ctx, "write");
  const url = input.url !== undefined ? await validateWebhookUrl(input.url) : undefined;
  return transact(ctx.db, async (tx) => {
    const current = await findWebhook(ctx, tx, id, { forUpdate: true });
    if (input.board_ids) await validateBoardIds(tx, ctx.caller.workspaceId, input.board_ids);
    const headers = input.headers !== undefined ? mergeHeaderUpdate(input.headers, decryptHeaders(current.headersCiphertext)) : undefined;
    if (headers && "missing" in headers)
      throw invalidRequest(`headers.${headers.missing} is null (keep the current value), but the webhook has no such header.`);
    const reenabled = input.active === true && !current.active;
    const [row] = await tx
      .update(webhooks)
      .set({
        ...(url !== undefined ? { url } : {}),
        ...(input.events !== undefined ? { events: input.events } : {}),
        ...(input.board_ids !== undefined ? { boardIds: input.board_ids } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.signature_format !== undefined ? { signatureFormat: input.signature_format } : {}),
        ...(headers !== undefined ? storedHeaders(headers) : {}),
        ...(input.rate_limit_per_second !== undefined ? { rateLimitPerSecond: input.rate_limit_per_second } : {}),
        ...(input.max_deliveries_per_day !== undefined ? { maxDeliveriesPerDay: input.max_deliveries_per_day } : {}),
        ...(reenabled ? { disabledReason: null, disabledAt: null, disabledBy: null, disabledAcknowledgedAt: null } : {}),
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
    const changes = diffChanges(before, after, [
      "url",
      "events",
      "board_ids",
      "description",
      "active",
      "signature_format",
      "headers",
      "rate_limit_per_second",
      "max_deliveries_per_day",
    ]);
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
    if (reenabled) {
      const held = await releaseHeldDeliveries(tx, id);
      onCommit(tx, () => {
        deliveryScheduler().dispatch(held);
        deliveryScheduler().webhookResumed(id);
      });
    }
    return after;
  });
}
