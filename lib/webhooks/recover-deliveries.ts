import { webhookDeliveries } from "@/db/schema";
import { conflict } from "@/lib/core/errors";
import { onCommit, transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { deliveryScheduler } from "./delivery-scheduler";
import { findWebhook } from "./find-webhook";
import { missedDeliveries } from "./missed-deliveries";
import type { RecoverInput } from "./schemas";

/**
 * Replays what a webhook missed: its skipped and failed deliveries created in [since, until) go
 * back to pending with a fresh retry schedule (GET …/recover/preview counts the same set first).
 * Each is the same delivery (same id), so each missed event is delivered once, and receivers that
 * saw an earlier attempt can de-duplicate.
 */
export async function recoverDeliveries({ ctx, id, input }: { ctx: Ctx; id: string; input: RecoverInput }): Promise<{ requeued: number }> {
  requireWebhookAdmin(ctx, "write");
  const since = new Date(input.since);
  const until = input.until ? new Date(input.until) : new Date();
  return transact(ctx.db, async (tx) => {
    const webhook = await findWebhook(ctx, tx, id, { forUpdate: true });
    if (!webhook.active) throw conflict("The webhook is inactive; enable it (PATCH active: true) before recovering deliveries.");
    const rows = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", runAttempts: 0, nextAttemptAt: new Date(), failureReason: null, updatedAt: new Date() })
      .where(missedDeliveries(webhook.id, { since, until }))
      .returning({ id: webhookDeliveries.id, webhookId: webhookDeliveries.webhookId });
    if (rows.length > 0) onCommit(tx, () => deliveryScheduler().dispatch(rows));
    return { requeued: rows.length };
  });
}
