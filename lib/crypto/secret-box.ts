// AES-256-GCM for secrets that must be recovered later (webhook signing secrets): the database
// alone — a backup, a replica, a leaked dump — never reveals them; the key comes from APP_SECRET.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { derivedKey } from "@/lib/secrets";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * `purpose` picks the derived key and is bound into the ciphertext as associated data, so a
 * value encrypted for one purpose never decrypts as another.
 */
export function encryptSecret(plaintext: string, purpose: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", derivedKey(purpose), iv);
  cipher.setAAD(Buffer.from(purpose, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

/** Throws if the value was tampered with or encrypted under another key or purpose. */
export function decryptSecret(stored: string, purpose: string): string {
  const [version, encoded] = stored.split(":");
  if (version !== VERSION || !encoded) throw new Error("Unrecognised encrypted secret format");
  const raw = Buffer.from(encoded, "base64");
  const iv = raw.subarray(0, IV_BYTES);
  const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", derivedKey(purpose), iv);
  decipher.setAAD(Buffer.from(purpose, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}
