import { signDelivery } from "./sign-payload";

/** Every header of one attempt (webhooks.md, "Headers of every delivery"), signed afresh. */
export function deliveryHeaders(input: {
  webhookId: string;
  deliveryId: string;
  eventType: string;
  body: string;
  secrets: readonly string[];
  now?: Date;
}): Record<string, string> {
  const timestamp = Math.floor((input.now ?? new Date()).getTime() / 1000);
  return {
    "Content-Type": "application/json",
    "User-Agent": "Tasktide-Webhooks/1.0",
    "X-Webhook-Event": input.eventType,
    "X-Webhook-ID": input.webhookId,
    "X-Webhook-Delivery": input.deliveryId,
    ...signDelivery({ secrets: input.secrets, deliveryId: input.deliveryId, timestamp, body: input.body }),
  };
}
