import { describeError } from "@/lib/core/describe-error";
import type { DeliveryRef, DeliveryScheduler } from "./delivery-scheduler";

// The SDK is loaded on first use, so processes on the embedded worker never load it.
const client = () => import("./inngest-client");

/**
 * Inngest runs deliveries (inngest/functions, served by app/api/inngest): the port sends one
 * `webhook/delivery.requested` per delivery. Inngest calls the app, so nothing starts here.
 */
export const inngestScheduler: DeliveryScheduler = {
  name: "inngest",
  start: () => {},
  stop: async () => {},
  dispatch(deliveries: readonly DeliveryRef[]) {
    if (deliveries.length === 0) return;
    client()
      .then(({ sendDeliveryRequests }) => sendDeliveryRequests(deliveries))
      .catch((error) =>
        console.error(
          `webhooks: could not hand ${deliveries.length} deliveries to Inngest; the sweeper will retry: ${describeError(error)}`,
        ),
      );
  },
  // Deliveries of a paused webhook were skipped, not left pending: there is nothing to send.
  webhookResumed: () => {},
  webhookDeleted(webhookId: string) {
    client()
      .then(({ sendWebhookDeleted }) => sendWebhookDeleted(webhookId))
      // Harmless if lost: a run whose delivery is gone finds nothing to send and ends.
      .catch((error) => console.error(`webhooks: could not cancel Inngest runs of ${webhookId}: ${describeError(error)}`));
  },
};
