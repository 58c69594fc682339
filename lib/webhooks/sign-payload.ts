// Webhook secrets and delivery signatures (webhook contract, "Headers of every delivery").
//
// Two signatures go out on every attempt so receivers can pick whichever is easier:
// - X-Webhook-Signature: "sha256=" + hex HMAC of the raw body, keyed with the secret string
//   exactly as shown to the admin ("whsec_…" included) — verifiable in a few lines anywhere.
// - webhook-signature: Standard Webhooks "v1,<base64>" over "{id}.{timestamp}.{body}", keyed with
//   the base64-decoded part after "whsec_" — verifiable with any Standard Webhooks library, which
//   also rejects replays (the timestamp is inside the signed content).
import { createHmac, randomBytes } from "node:crypto";

export const WEBHOOK_SECRET_PREFIX = "whsec_";

/** A fresh signing secret: "whsec_" + base64 of 32 random bytes. Shown to the admin once. */
export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString("base64");
}

/** Display form that identifies a secret without revealing it, e.g. "whsec_…Ab3d". */
export function secretHint(secret: string): string {
  return `${WEBHOOK_SECRET_PREFIX}…${secret.slice(-4)}`;
}

export interface SignDeliveryInput {
  /** First = current secret; the rest are rotated-out secrets still within their grace period. */
  secrets: readonly string[];
  /** The delivery id: identical on every attempt, so receivers can de-duplicate on it. */
  deliveryId: string;
  /** Unix seconds of this attempt (recomputed per attempt, so replays age out). */
  timestamp: number;
  /** The raw JSON body exactly as it will be sent; signing a re-serialized copy would not verify. */
  body: string;
}

export function signDelivery({ secrets, deliveryId, timestamp, body }: SignDeliveryInput): Record<string, string> {
  if (secrets.length === 0) throw new Error("signDelivery needs at least one secret");
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new Error(`signDelivery timestamp must be whole Unix seconds, got ${timestamp}`);
  }
  const ts = String(timestamp);
  const current = secrets[0];
  const plain = createHmac("sha256", current).update(body, "utf8").digest("hex");
  const signedContent = `${deliveryId}.${ts}.${body}`;
  const standard = secrets
    .map((secret) => {
      const mac = createHmac("sha256", standardWebhooksKey(secret));
      return "v1," + mac.update(signedContent, "utf8").digest("base64");
    })
    .join(" ");

  return {
    "X-Webhook-Timestamp": ts,
    "X-Webhook-Signature": `sha256=${plain}`,
    "webhook-id": deliveryId,
    "webhook-timestamp": ts,
    "webhook-signature": standard,
  };
}

/** Standard Webhooks keys are the base64-decoded bytes after the "whsec_" prefix. */
function standardWebhooksKey(secret: string): Buffer {
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  const key = Buffer.from(encoded, "base64");
  // Buffer.from silently drops invalid characters; an empty key would sign with nothing.
  if (key.length === 0) throw new Error("webhook secret has no base64 key material");
  return key;
}
