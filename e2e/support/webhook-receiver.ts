// The e2e receiver is the integration tests' one (a real HTTP server on 127.0.0.1), plus what a
// browser test needs on top: finding a delivery by event and checking its signature.
import { createHmac, timingSafeEqual } from "node:crypto";
import { expect } from "@playwright/test";
import { startReceiver, type ReceivedRequest, type WebhookReceiver } from "../../test/support/webhook-receiver";

export { startReceiver, type ReceivedRequest, type WebhookReceiver };

/** The plain signature check of webhooks.md, exactly as the create dialog's Node snippet does it. */
export function signatureMatches(request: ReceivedRequest, secret: string): boolean {
  const signature = String(request.headers["x-webhook-signature"] ?? "");
  const expected = "sha256=" + createHmac("sha256", secret).update(request.rawBody).digest("hex");
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

/** Waits (polling, like a person refreshing) until the receiver got an event matching `where`. */
export async function receivedEvent(
  receiver: WebhookReceiver,
  event: string,
  where: (body: { data?: Record<string, unknown> }) => boolean = () => true,
  timeout = 20_000,
): Promise<ReceivedRequest> {
  let found: ReceivedRequest | undefined;
  await expect
    .poll(
      () => {
        found = receiver.requests.find((r) => r.headers["x-webhook-event"] === event && where(JSON.parse(r.rawBody)));
        return Boolean(found);
      },
      { timeout, message: `receiver never got ${event}` },
    )
    .toBe(true);
  return found!;
}
