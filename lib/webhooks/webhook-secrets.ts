import type { Webhook } from "@/db/schema";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";
import { derivedKey } from "@/lib/secrets";

const PURPOSE = "webhook-secrets";

export const encryptWebhookSecret = (secret: string) => encryptSecret(secret, PURPOSE);
export const decryptWebhookSecret = (stored: string) => decryptSecret(stored, PURPOSE);

// Decrypted secrets of the webhooks being delivered, keyed by their ciphertext: the worker
// signs every attempt, and an AES-GCM decipher per attempt was pure overhead. Rotation and
// updates need no invalidation step: every encryption uses a fresh IV, so a new secret is a new
// ciphertext (a new key here) and the claim always reads the webhook's current row. An entry is
// only used under the key it was decrypted with (APP_SECRET may change in tests). Bounded.
const MAX_CACHED = 1_000;
const decrypted = new Map<string, { key: Buffer; secret: string }>();

function cachedDecrypt(stored: string): string {
  const key = derivedKey(PURPOSE);
  const hit = decrypted.get(stored);
  if (hit && hit.key.equals(key)) return hit.secret;
  const secret = decryptWebhookSecret(stored);
  if (decrypted.size >= MAX_CACHED) decrypted.delete(decrypted.keys().next().value as string);
  decrypted.set(stored, { key, secret });
  return secret;
}

/** The secrets that sign now: the current one first, then a rotated-out one still in its grace period. */
export function signingSecrets(
  webhook: Pick<Webhook, "secretCiphertext" | "previousSecretCiphertext" | "previousSecretExpiresAt">,
  now: Date = new Date(),
): string[] {
  const secrets = [cachedDecrypt(webhook.secretCiphertext)];
  if (webhook.previousSecretCiphertext && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now) {
    secrets.push(cachedDecrypt(webhook.previousSecretCiphertext));
  }
  return secrets;
}
