import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accountTokens, type AccountToken } from "@/db/schema";
import { newId } from "@/lib/ids";

export type AccountTokenPurpose = AccountToken["purpose"];

/** Reset links live 30 minutes; email confirmations a day. */
export const ACCOUNT_TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  password_reset: 30 * 60 * 1000,
  email_change: 24 * 60 * 60 * 1000,
};

const SECRET = /^[A-Za-z0-9_-]{43}$/;

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Makes a single-use secret for the user; only its hash is stored. */
export async function issueAccountToken(
  db: DbOrTx,
  input: { userId: string; purpose: AccountTokenPurpose; newEmail?: string; createdBy?: string | null; now?: Date },
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = randomBytes(32).toString("base64url");
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + ACCOUNT_TOKEN_TTL_MS[input.purpose]);
  await db.insert(accountTokens).values({
    id: newId("accountToken"),
    userId: input.userId,
    purpose: input.purpose,
    tokenHash: hashSecret(secret),
    newEmail: input.newEmail ?? null,
    createdBy: input.createdBy ?? null,
    expiresAt,
  });
  return { secret, expiresAt };
}

/**
 * Redeems a secret: the one UPDATE that marks it used returns its row only if it was unused, of
 * this purpose and not expired, so a link works once, even clicked twice at the same moment.
 */
export async function redeemAccountToken(db: DbOrTx, secret: unknown, purpose: AccountTokenPurpose): Promise<AccountToken | null> {
  if (typeof secret !== "string" || !SECRET.test(secret)) return null;
  const now = new Date();
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.tokenHash, hashSecret(secret)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning();
  return row ?? null;
}

/** Is the secret one that would redeem (for showing the form before asking for a new password)? */
export async function accountTokenIsLive(db: DbOrTx, secret: unknown, purpose: AccountTokenPurpose): Promise<boolean> {
  if (typeof secret !== "string" || !SECRET.test(secret)) return false;
  const rows = await db
    .select({ id: accountTokens.id })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, hashSecret(secret)),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, new Date()),
      ),
    );
  return rows.length > 0;
}

/** Voids every unused token of the user for this purpose (a reset done, a password changed). */
export async function voidAccountTokens(db: DbOrTx, userId: string, purpose: AccountTokenPurpose): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}
