import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { SignInInput } from "@/lib/accounts/schemas";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { verifyPassword } from "./passwords";
import { beginSignIn, signInFailed, signInSucceeded } from "./sign-in-throttle";
import { verifySecondFactor } from "./two-factor";

export type CredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "invalid" | "rate_limited" | "two_factor_required" | "invalid_code"; retryAfterSeconds?: number };

/**
 * Checks an email and password. Failures are limited per IP (one host guessing many accounts is
 * stopped) and slow down the account (a botnet on one account gets one guess per delay), but never
 * lock anyone else out (lib/auth/sign-in-throttle.ts); unknown emails are treated exactly like
 * wrong passwords. Successes and failures of known accounts are recorded as auth.login /
 * auth.login_failed.
 */
export async function verifyCredentials(db: Database, raw: unknown, ip: string): Promise<CredentialsResult> {
  const parsed = SignInInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password, code } = parsed.data;
  const throttle = await beginSignIn(ip, email);
  if (!throttle.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: throttle.retryAfterSeconds };
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user) {
    await signInFailed(ip, email);
    return { ok: false, reason: "invalid" };
  }
  const actor = { id: user.id, name: user.name, email: user.email };
  // Two-factor: the right password alone asks for the code (no failure counted); a wrong code
  // counts as a failed sign-in, like a wrong password.
  if (passwordOk && user.totpSecret && !code) return { ok: false, reason: "two_factor_required" };
  const codeOk = passwordOk && (!user.totpSecret || (await verifySecondFactor(db, user, code ?? "")));
  const valid = passwordOk && codeOk;
  await (valid ? signInSucceeded(email) : signInFailed(ip, email));
  if (passwordOk && !codeOk) {
    await recordAuthEvent(db, user.id, "auth.login_failed", actor, ip);
    return { ok: false, reason: "invalid_code" };
  }
  await recordAuthEvent(db, user.id, valid ? "auth.login" : "auth.login_failed", actor, ip);
  return valid ? { ok: true, user: actor } : { ok: false, reason: "invalid" };
}

/** Records an auth.* event in every workspace the user belongs to (they are workspace-level). */
export async function recordAuthEvent(
  db: Database,
  userId: string,
  type: "auth.login" | "auth.login_failed" | "auth.logout",
  actor: { id: string; name: string; email: string },
  ip: string,
): Promise<void> {
  const rows = await db.select({ workspaceId: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, userId));
  await transact(db, async (tx) => {
    for (const { workspaceId } of rows) {
      await recordEvent(tx, { workspaceId, type, boardId: null, actor, data: { user_id: userId, email: actor.email, ip } });
    }
  });
}
