"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { confirmEmailChange } from "./account";
import { forgotPassword, resetPassword } from "./password-reset";
import { SignUpInput } from "./schemas";
import { signUp } from "./sign-up";
import { clientIpFromHeaders } from "@/lib/api/client-ip";
import { RateLimitedSignIn, signIn, signOut } from "@/lib/auth";
import { signInThrottled } from "@/lib/auth/sign-in-throttle";
import { JOINED_PARAM } from "@/lib/members/joined-notice";
import { consume } from "@/lib/rate-limit/limiter";
import { rememberWorkspace } from "@/lib/workspaces/workspace-choice";

export type AuthFormState = {
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** Sign-in: the password was right, the account has two-factor on: ask for the code. */
  twoFactor?: boolean;
};

const GENERIC_SIGN_IN_ERROR = "Email or password is incorrect.";

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = String(form.get("email") ?? "");
  const code = String(form.get("code") ?? "");
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      ...(code ? { code } : {}),
      redirectTo: safeNext(form.get("next")),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { error: `Too many sign-in attempts. ${tryAgainIn(retryAfter(error))}`, values: { email }, twoFactor: code !== "" };
    }
    if (error instanceof CredentialsSignin && error.code === "two_factor_required") return { twoFactor: true, values: { email } };
    if (error instanceof CredentialsSignin && error.code === "invalid_code") {
      return { twoFactor: true, error: "That code is not right, or was used already. Try the current one.", values: { email } };
    }
    if (error instanceof AuthError) return { error: GENERIC_SIGN_IN_ERROR, values: { email } };
    throw error; // Next's redirect on success is thrown too.
  }
  return {};
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
  };
  const values = { name: raw.name, email: raw.email };
  const parsed = SignUpInput.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { fieldErrors, values };
  }
  const ip = clientIpFromHeaders(await headers());
  // Every check comes before the account is made: one created while its own sign-in is refused
  // used to end on "A server error occurred", with the account made anyway.
  const throttled = await signInThrottled(ip, parsed.data.email);
  if (!throttled.allowed) return { error: `Too many attempts. ${tryAgainIn(throttled.retryAfterSeconds)}`, values };
  const limit = await consume("sign_in", `signup:${ip}`);
  if (!limit.allowed) return { error: `Too many attempts. ${tryAgainIn(limit.resetSeconds)}`, values };
  const result = await signUp(await getDb(), parsed.data);
  if (!result.ok) {
    // Deliberately vague: saying "this email has an account" would let anyone probe for accounts.
    return { error: "We couldn't create an account with these details. If you already have one, sign in instead.", values };
  }
  // Invited: land in the newest inviting workspace, whatever an earlier user of this browser left
  // in the cookie (it could name another workspace they just joined); the boards page says what
  // they joined, once. Not invited: their own workspace is their only one.
  if (result.joined.length > 0) rememberWorkspace(await cookies(), result.workspaceId);
  const joined = result.joined.map((w) => w.workspaceId).join(",");
  const redirectTo = joined ? `/boards?${new URLSearchParams({ [JOINED_PARAM]: joined })}` : "/boards";
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo });
  } catch (error) {
    // Only a race with the checks above gets here: the account exists, the automatic sign-in was refused.
    if (error instanceof AuthError) {
      const wait = error instanceof CredentialsSignin && error.code === "rate_limited" ? ` ${tryAgainIn(retryAfter(error))}` : "";
      return { error: `Your account was created, but we could not sign you in.${wait} Then sign in.`, values };
    }
    throw error; // Next's redirect on success is thrown too.
  }
  return {};
}

/** "Forgot password": the same answer for every well-formed address (lib/accounts/password-reset.ts). */
export async function forgotPasswordAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState & { sent?: boolean }> {
  const email = String(form.get("email") ?? "");
  const ip = clientIpFromHeaders(await headers());
  const { result } = await forgotPassword(await getDb(), email, ip);
  if (!result.ok && result.reason === "invalid_email") return { fieldErrors: { email: "Enter a valid email address." }, values: { email } };
  if (!result.ok && result.reason === "rate_limited")
    return { error: `Too many requests. ${tryAgainIn(result.retryAfterSeconds)}`, values: { email } };
  return { sent: true, values: { email } };
}

/** Sets the new password from a reset link, then sends the person to sign in. */
export async function resetPasswordAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const ip = clientIpFromHeaders(await headers());
  const limit = await consume("sign_in", `reset-use:${ip}`);
  if (!limit.allowed) return { error: `Too many attempts. ${tryAgainIn(limit.resetSeconds)}` };
  const result = await resetPassword(await getDb(), { token: form.get("token"), password: form.get("password") }, ip);
  if (!result.ok && result.reason === "invalid_password") return { fieldErrors: { password: result.message } };
  if (!result.ok) return { error: result.message };
  redirect("/sign-in?reset=1");
}

/** Opens an email confirmation link (a button on the page, so mail scanners fetching the link change nothing). */
export async function confirmEmailAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState & { confirmed?: boolean }> {
  const ip = clientIpFromHeaders(await headers());
  const limit = await consume("sign_in", `confirm-email:${ip}`);
  if (!limit.allowed) return { error: `Too many attempts. ${tryAgainIn(limit.resetSeconds)}` };
  const changed = await confirmEmailChange(await getDb(), form.get("token"));
  return changed ? { confirmed: true } : { error: "This confirmation link is invalid, used or expired." };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

function retryAfter(error: CredentialsSignin): number {
  return error instanceof RateLimitedSignIn ? error.retryAfterSeconds : 60;
}

/** "Try again in 40 seconds." / "Try again in 15 minutes." */
function tryAgainIn(seconds: number): string {
  if (seconds < 60) return `Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** Only same-site paths: an open redirect after sign-in would be a phishing aid. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") ? next : "/boards";
}
