"use client";

import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction, type AuthFormState } from "@/lib/accounts/auth-actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "./form-alert";

/** The page a reset link opens: a new password, then sign-in (every session of the account has ended). */
export function ResetPasswordForm({ token, live }: { token: string; live: boolean }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(resetPasswordAction, {});
  if (!live) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">This link no longer works</h1>
        <FormAlert>This reset link is invalid, used or expired. Ask for a new one.</FormAlert>
        <p className="text-center text-sm">
          <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
            Ask for a new link
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-5" noValidate>
      <div className="space-y-1.5">
        <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
        <p className="text-sm text-muted-foreground">Every browser signed in to your account will be signed out.</p>
      </div>
      {state.error && <FormAlert>{state.error}</FormAlert>}
      <input type="hidden" name="token" value={token} />
      <FormField label="New password" required error={state.fieldErrors?.password} description="At least 8 characters.">
        <Input name="password" type="password" autoComplete="new-password" autoFocus />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
