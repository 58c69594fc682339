"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db/client";
import { SignUpInput } from "./schemas";
import { signUp } from "./sign-up";
import { clientIpFromHeaders } from "@/lib/api/client-ip";
import { RateLimitedSignIn, signIn, signOut } from "@/lib/auth";
import { signInThrottled } from "@/lib/auth/sign-in-throttle";
import { JOINED_PARAM } from "@/lib/members/joined-notice";
import { consume } from "@/lib/rate-limit/limiter";
import { rememberWorkspace } from "@/lib/workspaces/workspace-choice";

export type AuthFormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

const GENERIC_SIGN_IN_ERROR = "Email or password is incorrect.";

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = String(form.get("email") ?? "");
  try {
    await signIn("credentials", { email, password: String(form.get("password") ?? ""), redirectTo: safeNext(form.get("next")) });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { error: `Too many sign-in attempts. ${tryAgainIn(retryAfter(error))}`, values: { email } };
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
