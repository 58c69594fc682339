import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { recordSessionRevoked } from "@/lib/auth/session-events";
import { endAllSessions } from "@/lib/auth/sessions";
import { signInSucceeded } from "@/lib/auth/sign-in-throttle";
import { describeError } from "@/lib/core/describe-error";
import { transact } from "@/lib/events/transaction";
import { appLink, mailEnabled, sendMail } from "@/lib/mail/send-mail";
import { consume } from "@/lib/rate-limit/limiter";
import { issueAccountToken, redeemAccountToken, voidAccountTokens } from "./account-tokens";
import { NewPassword } from "./schemas";

const EmailInput = z.string().trim().toLowerCase().pipe(z.email().max(254));

export type ForgotPasswordResult =
  { ok: true } | { ok: false; reason: "invalid_email" } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * "Forgot password": answers the same whether or not the email has an account. Only the shape
 * of the address and the caller's own request budget (per IP) can make it answer otherwise. The
 * rest (looking the account up, the token, the mail) runs after the answer, off the request's
 * time, so neither its outcome nor its duration tells anything; a per-address budget keeps anyone
 * from flooding one mailbox. Returns the background work too, for tests to await.
 */
export async function forgotPassword(
  db: Database,
  rawEmail: unknown,
  ip: string,
): Promise<{ result: ForgotPasswordResult; background: Promise<void> }> {
  const done = Promise.resolve();
  const parsed = EmailInput.safeParse(rawEmail);
  if (!parsed.success) return { result: { ok: false, reason: "invalid_email" }, background: done };
  const byIp = await consume("sign_in", `reset:${ip}`);
  if (!byIp.allowed) return { result: { ok: false, reason: "rate_limited", retryAfterSeconds: byIp.resetSeconds }, background: done };
  const background = mailEnabled()
    ? sendResetMail(db, parsed.data).catch((error) => console.error(`password reset: no mail sent: ${describeError(error)}`))
    : done;
  return { result: { ok: true }, background };
}

async function sendResetMail(db: Database, email: string): Promise<void> {
  const perAddress = await consume("sign_in", `reset-email:${email}`);
  if (!perAddress.allowed) return;
  const [user] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deletedAt)));
  if (!user) return;
  const { secret } = await issueAccountToken(db, { userId: user.id, purpose: "password_reset" });
  await sendMail({
    to: email,
    subject: "Reset your Tasktide password",
    text: [
      `Hello ${user.name},`,
      "",
      "Someone (hopefully you) asked to reset the password of your Tasktide account. Open this link within 30 minutes to choose a new one:",
      "",
      appLink(`/reset-password?token=${secret}`),
      "",
      "The link works once. If you did not ask, ignore this mail: your password stays as it is.",
    ].join("\n"),
  });
}

export type ResetPasswordResult =
  { ok: true; email: string } | { ok: false; reason: "invalid_token" | "invalid_password"; message: string };

/**
 * Sets a new password from a reset link: the link is used up, every other unused reset link of
 * the account is voided, and every session of the account ends (auth.session_revoked, reason
 * password_reset), so whoever had the old password is out. An invalid password leaves the link usable.
 */
export async function resetPassword(db: Database, input: { token: unknown; password: unknown }, ip: string): Promise<ResetPasswordResult> {
  const password = NewPassword.safeParse(input.password);
  if (!password.success) return { ok: false, reason: "invalid_password", message: password.error.issues[0].message };
  const passwordHash = await hashPassword(password.data);
  const outcome = await transact(db, async (tx) => {
    const token = await redeemAccountToken(tx, input.token, "password_reset");
    if (!token) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, token.userId), isNull(users.deletedAt)))
      .returning({ id: users.id, name: users.name, email: users.email });
    if (!user) return null;
    await voidAccountTokens(tx, user.id, "password_reset");
    const ended = await endAllSessions(tx, user.id);
    await recordSessionRevoked(tx, { user, actor: null, sessionIds: ended, ip, reason: "password_reset" });
    return user;
  });
  if (!outcome) return { ok: false, reason: "invalid_token", message: "This reset link is invalid, used or expired. Ask for a new one." };
  await signInSucceeded(outcome.email); // a fresh password is not slowed down by the old one's failures
  return { ok: true, email: outcome.email };
}
