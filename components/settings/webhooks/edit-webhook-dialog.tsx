"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { useUpdateWebhook } from "./use-webhooks";
import type { WebhookJson } from "@/lib/api-client/types";
import { WebhookForm } from "./webhook-form";

/** Opened from the row's menu; the form is remounted per opening so it starts from the saved values. */
export function EditWebhookDialog({
  webhook,
  open,
  onOpenChange,
}: {
  webhook: WebhookJson;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const update = useUpdateWebhook(webhook.id);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="grid-cols-[minmax(0,1fr)] sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Edit webhook</DialogTitle>
          <DialogDescription className="break-all">{webhook.url}</DialogDescription>
        </DialogHeader>
        {open && (
          <WebhookForm
            initial={{ ...webhook }}
            mode="edit"
            submitLabel="Save changes"
            pendingLabel="Saving…"
            onCancel={() => onOpenChange(false)}
            onSubmit={async ({ secret: _ownSecretIsForCreate, active: _activeIsTheToggles, ...changes }) => {
              await update.mutateAsync(changes);
              toast.success("Webhook saved");
              onOpenChange(false);
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
