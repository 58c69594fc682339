import { config } from "@/config";
import { attemptDelivery } from "@/lib/webhooks/attempt-delivery";
import { webhookPolicy } from "@/lib/webhooks/current-policy";
import { markDeliveryFailed } from "@/lib/webhooks/mark-delivery-failed";
import { deliveryRequested, inngest, webhookDeleted } from "@/lib/webhooks/inngest-client";
import { toInngestOutcome } from "./delivery-outcome";

// Inngest's step retries drive the schedule; our policy decides each delay, so Inngest must
// allow at least as many retries as the policy (its maximum is 20).
type Retries = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;
const retries = Math.min(20, webhookPolicy().maxAttempts - 1) as Retries;
/** Past this many paced turns the run ends with the delivery pending and due: the sweeper dispatches it again. */
const MAX_PACED_TURNS = 500;

export const deliverWebhook = inngest.createFunction(
  {
    id: "deliver-webhook",
    triggers: [deliveryRequested],
    retries,
    // Per-webhook key: one slow or failing receiver cannot take every slot.
    concurrency: { key: "event.data.webhookId", limit: config().webhooks.inngestConcurrencyPerWebhook },
    cancelOn: [{ event: webhookDeleted, if: "async.data.webhookId == event.data.webhookId" }],
    onFailure: async ({ event, error, step }) => {
      const { deliveryId } = event.data.event.data;
      // A no-op when attemptDelivery already failed the delivery (NonRetriableError).
      const marked = await step.run("mark-failed", () => markDeliveryFailed(deliveryId, error.message));
      return { deliveryId, marked };
    },
  },
  async ({ event, step }) => {
    const { deliveryId } = event.data;
    // A webhook's rate_limit_per_second can put the delivery back ("paced"): sleep until its turn
    // and attempt again, so pacing never spends the retries that the failure schedule needs.
    for (let turn = 1; ; turn++) {
      const outcome = await step.run(turn === 1 ? "attempt" : `attempt-${turn}`, async () =>
        toInngestOutcome(deliveryId, await attemptDelivery(deliveryId)),
      );
      if (outcome.outcome !== "paced" || turn >= MAX_PACED_TURNS) return outcome;
      await step.sleep(`pace-${turn}`, Math.max(100, outcome.delayMs ?? 1000));
    }
  },
);
