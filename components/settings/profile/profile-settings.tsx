"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { Schemas } from "@/lib/api-client/types";

type Account = Schemas["Account"];

/** Settings → Profile: the account's name, email, password, and deleting it. */
export function ProfileSettings() {
  const account = useQuery({ queryKey: queryKeys.account, queryFn: ({ signal }) => ok(api.GET("/v1/me", { signal })) });
  return (
    <section aria-labelledby="profile-heading" className="max-w-2xl space-y-8">
      <div>
        <h1 id="profile-heading" className="text-2xl font-semibold tracking-tight">
          Profile
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">Your account, the same in every workspace.</p>
      </div>
      {account.isPending ? (
        <RowsSkeleton label="Loading your profile" rows={3} rowClassName="h-24 rounded-xl" />
      ) : account.isError ? (
        <LoadError what="your profile" error={account.error} />
      ) : (
        <>
          <NameForm account={account.data} />
          <EmailForm account={account.data} />
          <PasswordForm />
          <DeleteAccount />
        </>
      )}
    </section>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `panel-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border bg-card p-5 shadow-xs">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The server's message for a field (400 details), else its whole message. */
function fieldError(error: Error | null, field: string): string | undefined {
  const details = (error as { details?: { field: string; message: string }[] } | null)?.details;
  return details?.find((d) => d.field === field || d.field === `body.${field}`)?.message;
}

function NameForm({ account }: { account: Account }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(account.name);
  const save = useMutation({
    mutationFn: () => ok(api.PATCH("/v1/me", { body: { name } })),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.account, data);
      toast.success("Name saved");
    },
  });
  return (
    <Panel title="Name">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <FormField
          label="Name"
          className="min-w-48 flex-1"
          error={save.isError ? (fieldError(save.error, "name") ?? save.error.message) : undefined}
        >
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="name" />
        </FormField>
        <Button type="submit" disabled={save.isPending || name.trim() === account.name}>
          {save.isPending ? "Saving…" : "Save name"}
        </Button>
      </form>
    </Panel>
  );
}

function EmailForm({ account }: { account: Account }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => ok(api.POST("/v1/me/email", { body: { email, current_password: password } })),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.account, data.account);
      setPassword("");
      if (data.status === "confirmation_sent") setSentTo(email);
      else toast.success("Email changed");
      setEmail("");
    },
  });
  return (
    <Panel title="Email">
      <p className="text-sm text-muted-foreground">
        You sign in with <span className="font-medium text-foreground">{account.email}</span>.
        {account.mail_enabled ? " A new address is used once you open the link we mail to it." : ""}
      </p>
      {sentTo && (
        <p role="status" className="rounded-md border bg-muted px-3 py-2 text-sm">
          If {sentTo} can be used, a confirmation link is on its way to it.
        </p>
      )}
      <form
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <FormField
          label="New email"
          error={
            save.isError
              ? (fieldError(save.error, "email") ?? (fieldError(save.error, "current_password") ? undefined : save.error.message))
              : undefined
          }
        >
          <Input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
        </FormField>
        <FormField label="Current password" error={fieldError(save.error, "current_password")}>
          <Input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
        </FormField>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={save.isPending || !email || !password}>
            {save.isPending ? "Saving…" : "Change email"}
          </Button>
        </div>
      </form>
    </Panel>
  );
}

function PasswordForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const save = useMutation({
    mutationFn: () => ok(api.POST("/v1/me/password", { body: { current_password: current, new_password: next } })),
    onSuccess: () => {
      setCurrent("");
      setNext("");
      toast.success("Password changed; your other sessions were signed out");
    },
  });
  return (
    <Panel title="Password">
      <form
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <FormField label="Current password" error={fieldError(save.error, "current_password")}>
          <Input type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" />
        </FormField>
        <FormField
          label="New password"
          description="At least 8 characters. Other browsers signed in to your account are signed out."
          error={
            save.isError
              ? (fieldError(save.error, "new_password") ?? (fieldError(save.error, "current_password") ? undefined : save.error.message))
              : undefined
          }
        >
          <Input type="password" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" />
        </FormField>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={save.isPending || !current || !next}>
            {save.isPending ? "Saving…" : "Change password"}
          </Button>
        </div>
      </form>
    </Panel>
  );
}

function DeleteAccount() {
  const [password, setPassword] = useState("");
  const remove = useMutation({
    mutationFn: () => ok(api.DELETE("/v1/me", { body: { current_password: password } })),
    onSuccess: () => window.location.assign("/sign-in"),
  });
  return (
    <Panel title="Delete account">
      <p className="text-sm text-muted-foreground">
        You leave every workspace, your API tokens stop working and you are signed out everywhere. Your cards and comments stay, shown as
        “Former member”. Owners transfer ownership first.
      </p>
      <AlertDialog onOpenChange={() => remove.reset()}>
        <AlertDialogTrigger asChild>
          <Button variant="destructive">Delete my account…</Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              remove.mutate();
            }}
            className="space-y-4"
          >
            <AlertDialogHeader>
              <AlertDialogTitle>Delete your account?</AlertDialogTitle>
              <AlertDialogDescription>This cannot be undone. Enter your password to confirm.</AlertDialogDescription>
            </AlertDialogHeader>
            <FormField
              label="Current password"
              error={remove.isError ? (fieldError(remove.error, "current_password") ?? remove.error.message) : undefined}
            >
              <Input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
            </FormField>
            <AlertDialogFooter>
              <AlertDialogCancel type="button">Cancel</AlertDialogCancel>
              <Button type="submit" variant="destructive" disabled={!password || remove.isPending}>
                {remove.isPending ? "Deleting…" : "Delete account"}
              </Button>
            </AlertDialogFooter>
          </form>
        </AlertDialogContent>
      </AlertDialog>
    </Panel>
  );
}
