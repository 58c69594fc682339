// Webhook secrets and delivery signatures (webhook contract, "Headers of every delivery").
//
// Two signatures go out on every attempt so receivers can pick whichever is easier:
// - X-Webhook-Signature: hex HMAC of the raw body, keyed with the secret string exactly as shown
//   to the admin ("whsec_…" included) — verifiable in a few lines anywhere. "sha256=<hex>" by
//   default; the bare "<hex>" for receivers written against vendors that send it that way.
// - webhook-signature: Standard Webhooks "v1,<base64>" over "{id}.{timestamp}.{body}", keyed with
//   the base64-decoded part after "whsec_" (or, for a caller's own secret without that prefix, its
//   UTF-8 bytes) — verifiable with any Standard Webhooks library, which also rejects replays.
import { createHmac, randomBytes } from "node:crypto";
import type { SignatureFormat } from "@/db/schema";

export const WEBHOOK_SECRET_PREFIX = "whsec_";

/** A fresh signing secret: "whsec_" + base64 of 32 random bytes. Shown to the admin once. */
export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString("base64");
}

/** Display form that identifies a secret without revealing it, e.g. "whsec_…Ab3d" (a caller's own: "…Ab3d"). */
export function secretHint(secret: string): string {
  return `${secret.startsWith(WEBHOOK_SECRET_PREFIX) ? WEBHOOK_SECRET_PREFIX : ""}…${secret.slice(-4)}`;
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
  /** X-Webhook-Signature's form; default "sha256_prefixed". */
  format?: SignatureFormat;
}

export function signDelivery({
  secrets,
  deliveryId,
  timestamp,
  body,
  format = "sha256_prefixed",
}: SignDeliveryInput): Record<string, string> {
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
    "X-Webhook-Signature": format === "hex" ? plain : `sha256=${plain}`,
    "webhook-id": deliveryId,
    "webhook-timestamp": ts,
    "webhook-signature": standard,
  };
}

/**
 * The Standard Webhooks key: the base64-decoded bytes after "whsec_" (what every Standard Webhooks
 * library does with such a secret), or the UTF-8 bytes of a caller's own secret without that
 * prefix (those libraries' `{ format: "raw" }`). Callers' secrets are checked on input
 * (caller-secret.ts), so a "whsec_" one always holds valid base64.
 */
export function standardWebhooksKey(secret: string): Buffer {
  if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) return Buffer.from(secret, "utf8");
  const key = Buffer.from(secret.slice(WEBHOOK_SECRET_PREFIX.length), "base64");
  // Buffer.from silently drops invalid characters; an empty key would sign with nothing.
  if (key.length === 0) throw new Error("webhook secret has no base64 key material");
  return key;
}
