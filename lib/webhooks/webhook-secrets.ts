import type { Webhook } from "@/db/schema";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";

const PURPOSE = "webhook-secrets";

export const encryptWebhookSecret = (secret: string) => encryptSecret(secret, PURPOSE);
export const decryptWebhookSecret = (stored: string) => decryptSecret(stored, PURPOSE);

/** The secrets that sign now: the current one first, then a rotated-out one still in its grace period. */
export function signingSecrets(
  webhook: Pick<Webhook, "secretCiphertext" | "previousSecretCiphertext" | "previousSecretExpiresAt">,
  now: Date = new Date(),
): string[] {
  const secrets = [decryptWebhookSecret(webhook.secretCiphertext)];
  if (webhook.previousSecretCiphertext && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now) {
    secrets.push(decryptWebhookSecret(webhook.previousSecretCiphertext));
  }
  return secrets;
}
