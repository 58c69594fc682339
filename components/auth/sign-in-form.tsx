"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { signInAction, type AuthFormState } from "@/lib/accounts/auth-actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "./form-alert";

/**
 * Email and password; for an account with two-factor on, a second step asks for the code from
 * the authenticator app (or a recovery code). The email and password are kept in this page's
 * state for that step, never sent back by the server.
 */
export function SignInForm({ next, reset }: { next?: string; reset?: boolean }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signInAction, {});
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [restart, setRestart] = useState(0);
  const askCode = state.twoFactor === true && restart === 0;
  return (
    <form action={action} className="space-y-5" noValidate>
      <div className="space-y-1.5">
        <h1 className="text-2xl font-semibold tracking-tight">{askCode ? "Two-factor authentication" : "Sign in"}</h1>
        <p className="text-sm text-muted-foreground">
          {askCode
            ? "Enter the 6-digit code from your authenticator app, or one of your recovery codes."
            : "Welcome back. Sign in to your workspace."}
        </p>
      </div>
      {reset && !state.error && !askCode && (
        <p role="status" className="rounded-md border bg-muted px-3 py-2 text-sm">
          Your password was changed and every session signed out. Sign in with the new password.
        </p>
      )}
      {state.error && <FormAlert>{state.error}</FormAlert>}
      <input type="hidden" name="next" value={next ?? ""} />
      {askCode ? (
        <>
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="password" value={password} />
          <FormField label="Authentication code" required>
            <Input name="code" autoComplete="one-time-code" inputMode="numeric" autoFocus maxLength={64} />
          </FormField>
          <Button type="submit" className="w-full" disabled={pending}>
            {pending ? "Checking…" : "Verify"}
          </Button>
          <p className="text-center text-sm">
            <button
              type="button"
              className="text-primary underline-offset-4 hover:underline"
              onClick={() => {
                setPassword("");
                setRestart((n) => n + 1);
              }}
            >
              Use another account
            </button>
          </p>
        </>
      ) : (
        <>
          <FormField label="Email" required>
            <Input
              name="email"
              type="email"
              autoComplete="email"
              value={email || state.values?.email || ""}
              onChange={(e) => setEmail(e.target.value)}
              autoFocus
            />
          </FormField>
          <FormField label="Password" required>
            <Input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </FormField>
          <p className="-mt-3 text-right text-sm">
            <Link href="/forgot-password" className="text-primary underline-offset-4 hover:underline">
              Forgot password?
            </Link>
          </p>
          <Button type="submit" className="w-full" disabled={pending} onClick={() => setRestart(0)}>
            {pending ? "Signing in…" : "Sign in"}
          </Button>
          <p className="text-center text-sm text-muted-foreground">
            New to Tasktide?{" "}
            <Link href="/sign-up" className="font-medium text-primary underline-offset-4 hover:underline">
              Create an account
            </Link>
          </p>
        </>
      )}
    </form>
  );
}
