import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import type { DbOrTx } from "@/db/client";
import { recoveryCodes, users } from "@/db/schema";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";
import { newId } from "@/lib/ids";

/**
 * Two-factor authentication with TOTP (RFC 6238: 6 digits, 30 s, SHA-1, what every authenticator
 * app speaks), through the `otpauth` library. Secrets are encrypted at rest with the app secret;
 * a code is accepted one step either side of now, and never twice (totp_last_step). Recovery
 * codes are ten random strings shown once, stored hashed, each good once.
 */
const PURPOSE = "totp-secret";
const PERIOD = 30;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function encryptTotpSecret(base32: string): string {
  return encryptSecret(base32, PURPOSE);
}

function totpOf(encrypted: string, label = "Tasktide"): TOTP {
  return new TOTP({
    issuer: "Tasktide",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(decryptSecret(encrypted, PURPOSE)),
  });
}

/** The otpauth:// URI an authenticator app scans (the QR code's content). */
export function otpauthUri(encrypted: string, email: string): string {
  return totpOf(encrypted, email).toString();
}

/** The 30-second step a valid code belongs to, or null (encrypted: the stored secret). */
export function matchTotp(encrypted: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(encrypted).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/**
 * Checks a second factor of an enrolled user: a current TOTP code (accepted once: the step is
 * claimed by a conditional UPDATE, so a replayed or raced code loses) or an unused recovery code
 * (spent by its own conditional UPDATE).
 */
export async function verifySecondFactor(db: DbOrTx, user: { id: string; totpSecret: string | null }, raw: string): Promise<boolean> {
  if (!user.totpSecret) return false;
  const code = raw.replace(/[\s-]/g, "").toLowerCase();
  if (/^\d{6}$/.test(code)) {
    const step = matchTotp(user.totpSecret, code);
    if (step === null) return false;
    const claimed = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    return claimed.length > 0;
  }
  if (!/^[0-9a-z]{10}$/.test(code)) return false;
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashCode(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return spent.length > 0;
}

function hashCode(code: string): string {
  return createHash("sha256").update(`tasktide-recovery:${code}`).digest("hex");
}

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** Replaces the user's recovery codes with ten new ones; returns them ("xxxxx-xxxxx") for showing once. */
export async function replaceRecoveryCodes(db: DbOrTx, userId: string): Promise<string[]> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = [...randomBytes(10)].map((b) => ALPHABET[b % 32]).join("");
    return raw;
  });
  await db.insert(recoveryCodes).values(codes.map((code) => ({ id: newId("recoveryCode"), userId, codeHash: hashCode(code) })));
  return codes.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`);
}
