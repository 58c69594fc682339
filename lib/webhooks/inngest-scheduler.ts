import { describeError } from "@/lib/core/describe-error";
import type { DeliveryRef, DeliveryScheduler } from "./delivery-scheduler";
import { log } from "@/lib/log/logger";

// The SDK is loaded on first use, so processes on the embedded worker never load it.
const client = () => import("./inngest-client");

/** Inngest's Event API takes many events per request; well under its 3 MB body limit. */
const MAX_EVENTS_PER_SEND = 500;

let queued: DeliveryRef[] = [];
let sending: Promise<void> | null = null;

/**
 * Sends the queued delivery requests, many per `inngest.send`: everything dispatched in the same
 * turn of the event loop, or while a send is in flight, goes in the next request (group commit),
 * so a burst of commits costs a few HTTP requests to Inngest instead of one per event.
 */
async function sendQueued(): Promise<void> {
  while (queued.length > 0) {
    const batch = queued.slice(0, MAX_EVENTS_PER_SEND);
    queued = queued.slice(MAX_EVENTS_PER_SEND);
    try {
      const { sendDeliveryRequests } = await client();
      await sendDeliveryRequests(batch);
    } catch (error) {
      log().error(
        { component: "webhooks" },
        `webhooks: could not hand ${batch.length} deliveries to Inngest; the sweeper will retry: ${describeError(error)}`,
      );
    }
  }
  sending = null;
}

/**
 * Inngest runs deliveries (inngest/functions, served by app/api/inngest): the port sends one
 * `webhook/delivery.requested` per delivery, batched into few requests. Inngest calls the app, so
 * nothing starts here.
 */
export const inngestScheduler: DeliveryScheduler = {
  name: "inngest",
  start: () => {},
  stop: async () => {
    while (sending) await sending;
  },
  dispatch(deliveries: readonly DeliveryRef[]) {
    if (deliveries.length === 0) return;
    queued.push(...deliveries);
    sending ??= new Promise<void>((resolve) => setImmediate(resolve)).then(sendQueued);
  },
  // Deliveries of a paused webhook were skipped, not left pending: there is nothing to send.
  webhookResumed: () => {},
  webhookDeleted(webhookId: string) {
    client()
      .then(({ sendWebhookDeleted }) => sendWebhookDeleted(webhookId))
      // Harmless if lost: a run whose delivery is gone finds nothing to send and ends.
      .catch((error) =>
        log().error({ component: "webhooks" }, `webhooks: could not cancel Inngest runs of ${webhookId}: ${describeError(error)}`),
      );
  },
};
