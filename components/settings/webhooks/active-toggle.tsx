"use client";

import { Switch } from "@/components/ui/switch";
import { toast } from "@/components/ui/toaster";
import { useOfferReplay } from "./use-missed-events";
import { useToggleWebhook } from "./use-webhooks";
import type { WebhookJson } from "@/lib/api-client/types";

/** Optimistic: flips at once, flips back with the server's message if refused; on enabling, offers to replay what was missed. */
export function ActiveToggle({ webhook, withLabel = false }: { webhook: WebhookJson; withLabel?: boolean }) {
  const toggle = useToggleWebhook(webhook.id);
  const offerReplay = useOfferReplay(webhook.id);
  const id = `active-${webhook.id}`;
  return (
    <div className="flex items-center gap-2">
      <Switch
        id={id}
        checked={webhook.active}
        aria-label={withLabel ? undefined : `Active: ${webhook.url}`}
        data-testid="webhook-active-toggle"
        onCheckedChange={(active) =>
          toggle.mutate(active, {
            onSuccess: () =>
              active ? void offerReplay("Webhook enabled") : toast.success("Webhook paused: new events are kept as skipped deliveries"),
            onError: (error) => toast.error(error.message),
          })
        }
      />
      {withLabel && (
        <label htmlFor={id} className="text-sm font-medium">
          {webhook.active ? "Active" : "Paused"}
        </label>
      )}
    </div>
  );
}
