import { cron } from "inngest";
import { findStuckDeliveries } from "@/lib/webhooks/find-stuck-deliveries";
import { getDb } from "@/db/client";
import { pruneIdempotencyKeys } from "@/lib/idempotency/idempotency";
import { pruneDeliveries } from "@/lib/webhooks/prune-deliveries";
import { deliveryRequested, inngest } from "@/lib/webhooks/inngest-client";

/**
 * Every minute: re-dispatch deliveries left pending past their time (a send lost between commit
 * and Inngest, a crashed attempt) and prune the log past WEBHOOK_LOG_RETENTION_DAYS (and idempotency keys past 24 hours).
 */
export const sweepDeliveries = inngest.createFunction(
  { id: "sweep-webhook-deliveries", triggers: [cron("* * * * *")] },
  async ({ step }) => {
    const pruned = await step.run("prune", () => pruneDeliveries());
    await step.run("prune-idempotency-keys", async () => pruneIdempotencyKeys(await getDb()));
    const stuck = await step.run("find-stuck", () => findStuckDeliveries());
    if (stuck.length > 0) {
      await step.sendEvent(
        "redispatch",
        stuck.map((ref) => deliveryRequested.create({ deliveryId: ref.id, webhookId: ref.webhookId })),
      );
    }
    return { pruned, redispatched: stuck.length };
  },
);
