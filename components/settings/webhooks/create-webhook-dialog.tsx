"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { SecretReveal } from "./secret-reveal";
import { useCreateWebhook } from "./use-webhooks";
import type { WebhookWithSecretJson } from "@/lib/api-client/types";
import { WebhookForm, type WebhookFormInitial } from "./webhook-form";

const EMPTY: WebhookFormInitial = {
  url: "",
  events: [],
  board_ids: [],
  description: "",
  active: true,
  signature_format: "sha256_prefixed",
  headers: [],
  rate_limit_per_second: null,
  max_deliveries_per_day: null,
};

/**
 * Create, then show the secret once. Closing the dialog forgets the secret for good. Controlled
 * by the page (not by its trigger), because the empty state's trigger disappears the moment the
 * first webhook exists, and the secret must stay on screen.
 */
export function CreateWebhookDialog({ open, onOpenChange: setOpen }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [created, setCreated] = useState<WebhookWithSecretJson | null>(null);
  const createWebhook = useCreateWebhook();

  const onOpenChange = setOpen;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        className="grid-cols-[minmax(0,1fr)] sm:max-w-2xl"
        onInteractOutside={(e) => created && e.preventDefault()}
        // Forget the secret once the closing animation is over, not before: the dialog would
        // otherwise swap the secret for an empty form while it fades out.
        onCloseAutoFocus={() => setCreated(null)}
      >
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>Webhook created</DialogTitle>
              <DialogDescription className="[overflow-wrap:anywhere]">
                Events will be sent to <span className="font-medium text-foreground">{created.url}</span>.
              </DialogDescription>
            </DialogHeader>
            <SecretReveal secret={created.secret} format={created.signature_format} />
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>I have saved the secret</Button>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Create webhook</DialogTitle>
              <DialogDescription>Send a signed HTTP POST to another system whenever something happens in this workspace.</DialogDescription>
            </DialogHeader>
            <WebhookForm
              initial={EMPTY}
              mode="create"
              submitLabel="Create webhook"
              pendingLabel="Creating…"
              onCancel={() => onOpenChange(false)}
              onSubmit={async ({ secret, headers, ...input }) => {
                const webhook = await createWebhook.mutateAsync({
                  ...input,
                  ...(secret ? { secret } : {}),
                  // Nothing is stored yet, so there is nothing to keep.
                  headers: Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== null)),
                });
                setCreated(webhook);
                toast.success("Webhook created");
              }}
            />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}

export function CreateWebhookButton({ onClick }: { onClick: () => void }) {
  return (
    <Button onClick={onClick}>
      <Plus aria-hidden /> Create webhook
    </Button>
  );
}
