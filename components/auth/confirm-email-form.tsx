"use client";

import Link from "next/link";
import { useActionState } from "react";
import { confirmEmailAction, type AuthFormState } from "@/lib/accounts/auth-actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "./form-alert";

/** A button, not a change on opening: mail scanners that fetch links must not confirm anything. */
export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<AuthFormState & { confirmed?: boolean }, FormData>(confirmEmailAction, {});
  if (state.confirmed) {
    return (
      <div className="space-y-4" role="status">
        <h1 className="text-2xl font-semibold tracking-tight">Email confirmed</h1>
        <p className="text-sm text-muted-foreground">Your account uses the new address from now on.</p>
        <Link href="/boards" className="font-medium text-primary underline-offset-4 hover:underline">
          Go to your boards
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Confirm your new email</h1>
      {state.error && <FormAlert>{state.error}</FormAlert>}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Confirming…" : "Confirm email"}
      </Button>
    </form>
  );
}
