"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ShieldCheck, ShieldOff } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";

function fieldError(error: Error | null, field: string): string | undefined {
  const details = (error as { details?: { field: string; message: string }[] } | null)?.details;
  return details?.find((d) => d.field === field || d.field === `body.${field}`)?.message;
}

/** Settings → Security → Two-factor authentication: enrol an authenticator app, recovery codes, turn off. */
export function TwoFactorSection() {
  const status = useQuery({ queryKey: queryKeys.twoFactor, queryFn: ({ signal }) => ok(api.GET("/v1/me/two_factor", { signal })) });
  const [dialog, setDialog] = useState<"setup" | "disable" | "codes" | null>(null);
  return (
    <section aria-labelledby="two-factor-heading" className="space-y-3">
      <div>
        <h2 id="two-factor-heading" className="text-lg font-semibold">
          Two-factor authentication
        </h2>
        <p className="text-sm text-muted-foreground">
          Signing in asks for a code from an authenticator app on your phone, so a stolen password is not enough.
        </p>
      </div>
      {status.isPending ? (
        <RowsSkeleton label="Loading two-factor status" rows={1} rowClassName="h-16 rounded-lg" />
      ) : status.isError ? (
        <LoadError what="two-factor status" error={status.error} />
      ) : (
        <div className="flex flex-wrap items-center gap-3 rounded-xl border bg-card p-4 shadow-xs" data-testid="two-factor-status">
          <span className="grid size-9 place-items-center rounded-lg bg-primary/10 text-primary">
            {status.data.enabled ? <ShieldCheck className="size-4" aria-hidden /> : <ShieldOff className="size-4" aria-hidden />}
          </span>
          <div className="min-w-0 flex-1">
            <p className="flex items-center gap-2 font-medium">
              {status.data.enabled ? "On" : "Off"}
              {status.data.required_by.length > 0 && <Badge variant="secondary">Required by {status.data.required_by.join(", ")}</Badge>}
            </p>
            <p className="text-sm text-muted-foreground">
              {status.data.enabled
                ? `${status.data.recovery_codes_left} recovery ${status.data.recovery_codes_left === 1 ? "code" : "codes"} left.`
                : status.data.required_by.length > 0
                  ? "Your workspace requires it: turn it on to use its boards."
                  : "Turn it on with an authenticator app such as 1Password, Google Authenticator or Aegis."}
            </p>
          </div>
          {status.data.enabled ? (
            <div className="flex flex-wrap gap-2">
              <Button variant="outline" size="sm" onClick={() => setDialog("codes")}>
                New recovery codes
              </Button>
              <Button variant="outline" size="sm" onClick={() => setDialog("disable")} disabled={status.data.required_by.length > 0}>
                Turn off
              </Button>
            </div>
          ) : (
            <Button size="sm" onClick={() => setDialog("setup")}>
              Set up two-factor
            </Button>
          )}
        </div>
      )}
      {dialog === "setup" && <SetupDialog onClose={() => setDialog(null)} />}
      {dialog === "disable" && <DisableDialog onClose={() => setDialog(null)} />}
      {dialog === "codes" && <NewCodesDialog onClose={() => setDialog(null)} />}
    </section>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-2">
      <p className="text-sm">
        Keep these recovery codes somewhere safe: each signs you in once if you lose your phone. They are not shown again.
      </p>
      <ul className="grid grid-cols-2 gap-1 rounded-lg border bg-muted/50 p-3 font-mono text-sm" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <CopyButton value={codes.join("\n")} variant="outline" copiedLabel="Copied">
        Copy codes
      </CopyButton>
    </div>
  );
}

function SetupDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const setup = useMutation({ mutationFn: () => ok(api.POST("/v1/me/two_factor/setup", { body: { current_password: password } })) });
  const enable = useMutation({
    mutationFn: () => ok(api.POST("/v1/me/two_factor/enable", { body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.twoFactor }),
  });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Set up two-factor authentication</DialogTitle>
          <DialogDescription>
            {enable.data
              ? "Two-factor authentication is on."
              : setup.data
                ? "Scan the code with your app, then enter the code it shows."
                : "Confirm it is you."}
          </DialogDescription>
        </DialogHeader>
        {enable.data ? (
          <RecoveryCodes codes={enable.data.recovery_codes} />
        ) : setup.data ? (
          <form
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              enable.mutate();
            }}
          >
            <img
              src={setup.data.qr_code}
              alt="QR code for your authenticator app"
              className="mx-auto size-48 rounded-lg border bg-white p-2"
            />
            <p className="text-center text-xs text-muted-foreground">
              Cannot scan? Enter this key:{" "}
              <code className="font-mono break-all" data-testid="totp-secret">
                {setup.data.secret}
              </code>
            </p>
            <FormField
              label="Code from the app"
              error={enable.isError ? (fieldError(enable.error, "code") ?? enable.error.message) : undefined}
            >
              <Input value={code} onChange={(e) => setCode(e.target.value)} inputMode="numeric" autoComplete="one-time-code" autoFocus />
            </FormField>
            <Button type="submit" disabled={!code || enable.isPending}>
              {enable.isPending ? "Checking…" : "Turn on"}
            </Button>
          </form>
        ) : (
          <form
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              setup.mutate();
            }}
          >
            <FormField
              label="Current password"
              error={setup.isError ? (fieldError(setup.error, "current_password") ?? setup.error.message) : undefined}
            >
              <Input
                type="password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="current-password"
                autoFocus
              />
            </FormField>
            <Button type="submit" disabled={!password || setup.isPending}>
              {setup.isPending ? "Checking…" : "Continue"}
            </Button>
          </form>
        )}
        {enable.data && (
          <DialogFooter>
            <Button onClick={onClose}>I have saved the codes</Button>
          </DialogFooter>
        )}
      </DialogContent>
    </Dialog>
  );
}

function DisableDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const disable = useMutation({
    mutationFn: () => ok(api.DELETE("/v1/me/two_factor", { body: { current_password: password, code } })),
    onSuccess: () => {
      toast.success("Two-factor authentication is off");
      void queryClient.invalidateQueries({ queryKey: queryKeys.twoFactor });
      onClose();
    },
  });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Turn two-factor off?</DialogTitle>
          <DialogDescription>Signing in will ask for your password only.</DialogDescription>
        </DialogHeader>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            disable.mutate();
          }}
        >
          <FormField label="Current password" error={fieldError(disable.error, "current_password")}>
            <Input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
          </FormField>
          <FormField
            label="Code from the app"
            error={
              disable.isError
                ? (fieldError(disable.error, "code") ?? (fieldError(disable.error, "current_password") ? undefined : disable.error.message))
                : undefined
            }
          >
            <Input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" />
          </FormField>
          <Button type="submit" variant="destructive" disabled={!password || !code || disable.isPending}>
            Turn off
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function NewCodesDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [password, setPassword] = useState("");
  const make = useMutation({
    mutationFn: () => ok(api.POST("/v1/me/two_factor/recovery_codes", { body: { current_password: password } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.twoFactor }),
  });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New recovery codes</DialogTitle>
          <DialogDescription>Your current recovery codes stop working.</DialogDescription>
        </DialogHeader>
        {make.data ? (
          <>
            <RecoveryCodes codes={make.data.recovery_codes} />
            <DialogFooter>
              <Button onClick={onClose}>I have saved the codes</Button>
            </DialogFooter>
          </>
        ) : (
          <form
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              make.mutate();
            }}
          >
            <FormField
              label="Current password"
              error={make.isError ? (fieldError(make.error, "current_password") ?? make.error.message) : undefined}
            >
              <Input
                type="password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="current-password"
                autoFocus
              />
            </FormField>
            <Button type="submit" disabled={!password || make.isPending}>
              Make new codes
            </Button>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
