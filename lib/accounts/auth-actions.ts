"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { SignUpInput } from "./schemas";
import { signUp } from "./sign-up";
import { clientIpFromHeaders } from "@/lib/api/client-ip";
import { signIn, signOut } from "@/lib/auth";
import { consume } from "@/lib/rate-limit/limiter";

export type AuthFormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

const GENERIC_SIGN_IN_ERROR = "Email or password is incorrect.";

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = String(form.get("email") ?? "");
  try {
    await signIn("credentials", { email, password: String(form.get("password") ?? ""), redirectTo: safeNext(form.get("next")) });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { error: "Too many sign-in attempts. Wait a few minutes and try again.", values: { email } };
    }
    if (error instanceof AuthError) return { error: GENERIC_SIGN_IN_ERROR, values: { email } };
    throw error; // Next's redirect on success is thrown too.
  }
  return {};
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
  const values = { name: raw.name, email: raw.email };
  const parsed = SignUpInput.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { fieldErrors, values };
  }
  const limit = await consume("sign_in", `signup:${clientIpFromHeaders(await headers())}`);
  if (!limit.allowed) return { error: "Too many attempts. Wait a few minutes and try again.", values };
  const result = await signUp(await getDb(), parsed.data);
  if (!result.ok) {
    // Deliberately vague: saying "this email has an account" would let anyone probe for accounts.
    return { error: "We couldn't create an account with these details. If you already have one, sign in instead.", values };
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/boards" });
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

/** Only same-site paths: an open redirect after sign-in would be a phishing aid. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") ? next : "/boards";
}
