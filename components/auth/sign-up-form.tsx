"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUpAction, type AuthFormState } from "@/lib/accounts/auth-actions";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "./form-alert";

export function SignUpForm() {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(signUpAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <div className="space-y-1.5">
        <h1 className="text-2xl font-semibold tracking-tight">Create your account</h1>
        <p className="text-sm text-muted-foreground">
          You get your own workspace, with you as its owner, or join the workspaces that invited you.
        </p>
      </div>
      {state.error && <FormAlert>{state.error}</FormAlert>}
      <FormField label="Name" required error={errors.name}>
        <Input name="name" autoComplete="name" defaultValue={state.values?.name} autoFocus />
      </FormField>
      <FormField label="Email" required error={errors.email}>
        <Input name="email" type="email" autoComplete="email" defaultValue={state.values?.email} />
      </FormField>
      <FormField label="Password" required error={errors.password} description="At least 8 characters.">
        <Input name="password" type="password" autoComplete="new-password" />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
