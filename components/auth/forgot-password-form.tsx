"use client";

import Link from "next/link";
import { useActionState } from "react";
import { forgotPasswordAction, type AuthFormState } from "@/lib/accounts/auth-actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "./form-alert";

/** "Forgot password": one answer for every address, so the page never tells whether an account exists. */
export function ForgotPasswordForm({ mailEnabled }: { mailEnabled: boolean }) {
  const [state, action, pending] = useActionState<AuthFormState & { sent?: boolean }, FormData>(forgotPasswordAction, {});
  if (state.sent) {
    return (
      <div className="space-y-4" role="status">
        <h1 className="text-2xl font-semibold tracking-tight">Check your mail</h1>
        <p className="text-sm text-muted-foreground">
          {mailEnabled
            ? `If an account uses ${state.values?.email}, a link to choose a new password is on its way. It works once, for 30 minutes.`
            : "This server does not send mail. Ask an owner or admin of your workspace for a reset link (Settings → Members)."}
        </p>
        <BackToSignIn />
      </div>
    );
  }
  return (
    <form action={action} className="space-y-5" noValidate>
      <div className="space-y-1.5">
        <h1 className="text-2xl font-semibold tracking-tight">Forgot your password?</h1>
        <p className="text-sm text-muted-foreground">
          {mailEnabled
            ? "Enter your account's email and we'll send you a link to choose a new one."
            : "This server does not send mail: an owner or admin of your workspace can make you a reset link in Settings → Members."}
        </p>
      </div>
      {state.error && <FormAlert>{state.error}</FormAlert>}
      <FormField label="Email" required error={state.fieldErrors?.email}>
        <Input name="email" type="email" autoComplete="email" defaultValue={state.values?.email} autoFocus />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
      <BackToSignIn />
    </form>
  );
}

function BackToSignIn() {
  return (
    <p className="text-center text-sm text-muted-foreground">
      <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
        Back to sign in
      </Link>
    </p>
  );
}
