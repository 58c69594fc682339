import type { SignatureFormat } from "@/db/schema";
import type { CustomHeaders } from "./custom-headers";
import { signDelivery } from "./sign-payload";

/** Every header of one attempt (webhooks.md, "Headers of every delivery"), signed afresh. */
export function deliveryHeaders(input: {
  webhookId: string;
  deliveryId: string;
  eventType: string;
  body: string;
  secrets: readonly string[];
  signatureFormat?: SignatureFormat;
  /** The webhook's own headers; their names never collide with ours (custom-headers.ts refuses those). */
  customHeaders?: CustomHeaders;
  now?: Date;
}): Record<string, string> {
  const timestamp = Math.floor((input.now ?? new Date()).getTime() / 1000);
  return {
    ...input.customHeaders,
    "Content-Type": "application/json",
    "User-Agent": "Tasktide-Webhooks/1.0",
    "X-Webhook-Event": input.eventType,
    "X-Webhook-ID": input.webhookId,
    "X-Webhook-Delivery": input.deliveryId,
    ...signDelivery({
      secrets: input.secrets,
      deliveryId: input.deliveryId,
      timestamp,
      body: input.body,
      format: input.signatureFormat,
    }),
  };
}
