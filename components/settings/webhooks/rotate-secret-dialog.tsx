"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { SecretReveal } from "./secret-reveal";
import { useRotateSecret } from "./use-webhooks";
import type { WebhookJson, WebhookWithSecretJson } from "@/lib/api-client/types";

const GRACE_PERIODS = [
  { seconds: 0, label: "None: the old secret stops now" },
  { seconds: 3600, label: "1 hour" },
  { seconds: 86_400, label: "24 hours" },
  { seconds: 7 * 86_400, label: "7 days" },
];

/** Explains what rotating does, offers a grace period, then shows the new secret once. */
export function RotateSecretDialog({
  webhook,
  open,
  onOpenChange,
}: {
  webhook: WebhookJson;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [grace, setGrace] = useState("0");
  const [ownSecret, setOwnSecret] = useState("");
  const [rotated, setRotated] = useState<WebhookWithSecretJson | null>(null);
  const rotate = useRotateSecret(webhook.id);

  function change(next: boolean) {
    onOpenChange(next);
    if (!next) {
      setRotated(null);
      setGrace("0");
      setOwnSecret("");
      rotate.reset();
    }
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogContent className="grid-cols-[minmax(0,1fr)] sm:max-w-2xl" onInteractOutside={(e) => rotated && e.preventDefault()}>
        {rotated ? (
          <>
            <DialogHeader>
              <DialogTitle>New signing secret</DialogTitle>
              <DialogDescription>Every delivery from now on is signed with this secret. Update your receiver.</DialogDescription>
            </DialogHeader>
            <SecretReveal secret={rotated.secret} format={rotated.signature_format} rotatedGraceEnds={rotated.previous_secret_expires_at} />
            <DialogFooter>
              <Button onClick={() => change(false)}>I have saved the secret</Button>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Rotate the signing secret?</DialogTitle>
              <DialogDescription className="[overflow-wrap:anywhere]">
                A new secret is generated for {webhook.url} and shown once. Your receiver must verify with the new secret: without a grace
                period, deliveries signed only with the old secret ({webhook.secret_hint}) stop at once and a receiver that still checks it
                will reject them.
              </DialogDescription>
            </DialogHeader>
            <div className="grid gap-2">
              <Label htmlFor="grace-period">Grace period for the old secret</Label>
              <Select value={grace} onValueChange={setGrace}>
                <SelectTrigger id="grace-period" className="w-full sm:w-80">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {GRACE_PERIODS.map((period) => (
                    <SelectItem key={period.seconds} value={String(period.seconds)}>
                      {period.label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <p className="text-[13px] text-muted-foreground">
                During a grace period every delivery carries both signatures in the <code className="font-mono">webhook-signature</code>{" "}
                header, so you can switch the receiver over without dropping events. <code className="font-mono">X-Webhook-Signature</code>{" "}
                uses the new secret at once.
              </p>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="own-secret">Your own secret (optional)</Label>
              <Input
                id="own-secret"
                type="password"
                autoComplete="new-password"
                spellCheck={false}
                maxLength={256}
                placeholder="Generate one for me"
                value={ownSecret}
                onChange={(e) => setOwnSecret(e.target.value)}
                aria-describedby="own-secret-help"
              />
              <p id="own-secret-help" className="text-[13px] text-muted-foreground">
                24+ printable characters, or <code className="font-mono">whsec_</code> + base64: for receivers provisioned with a secret of
                their own.
              </p>
            </div>
            {rotate.isError && (
              <p role="alert" className="text-sm text-destructive">
                {rotate.error.message}
              </p>
            )}
            <DialogFooter>
              <Button variant="outline" onClick={() => change(false)} autoFocus>
                Cancel
              </Button>
              <Button
                disabled={rotate.isPending}
                onClick={() =>
                  rotate.mutate(
                    { gracePeriodSeconds: Number(grace), secret: ownSecret || undefined },
                    {
                      onSuccess: (result) => {
                        setRotated(result);
                        toast.success("Secret rotated");
                      },
                    },
                  )
                }
              >
                {rotate.isPending ? "Rotating…" : "Rotate secret"}
              </Button>
            </DialogFooter>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
