import { eventType, Inngest } from "inngest";
import { z } from "zod";

// The Inngest client and its events. It lives in lib/ (inngest/functions import it from here) so
// that the Inngest scheduler adapter needs nothing from inngest/. The SDK reads its own INNGEST_*
// variables (keys, dev server URL); config/ only uses two of them to choose the scheduler.

/** Used instead of the embedded worker when INNGEST_EVENT_KEY or INNGEST_DEV is set. */
export const inngest = new Inngest({ id: "tasktide" });

export const deliveryRequested = eventType("webhook/delivery.requested", {
  schema: z.object({ deliveryId: z.string(), webhookId: z.string() }),
});

/** Sent when a webhook is deleted: cancels its runs still waiting for a retry. */
export const webhookDeleted = eventType("webhook/deleted", {
  schema: z.object({ webhookId: z.string() }),
});

export async function sendDeliveryRequests(refs: ReadonlyArray<{ id: string; webhookId: string }>): Promise<void> {
  if (refs.length === 0) return;
  await inngest.send(refs.map((ref) => deliveryRequested.create({ deliveryId: ref.id, webhookId: ref.webhookId })));
}

export async function sendWebhookDeleted(webhookId: string): Promise<void> {
  await inngest.send(webhookDeleted.create({ webhookId }));
}
