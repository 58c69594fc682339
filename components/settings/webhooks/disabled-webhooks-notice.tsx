"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Ban } from "lucide-react";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import type { WebhookJson } from "@/lib/api-client/types";
import { fromNow, isAutoDisabled } from "./format";
import { useOfferReplay } from "./use-missed-events";
import { useAcknowledgeDisabled, useToggleWebhook, useWebhooks } from "./use-webhooks";

/**
 * On every settings page, for admins and owners: each webhook the system turned off (failures in
 * a row, or 410 Gone) until someone re-enables it or dismisses the notice. Silent while loading
 * or on error: the webhooks page itself reports those.
 */
export function DisabledWebhooksNotice() {
  const viewer = useViewer();
  if (!roleAtLeast(viewer.role, "admin")) return null;
  return <DisabledWebhooksList />;
}

function DisabledWebhooksList() {
  const webhooks = useWebhooks();
  const pathname = usePathname();
  // A webhook's own log page explains it in full (WebhookStateBanner).
  const disabled = (webhooks.data?.items ?? []).filter(
    (w) => isAutoDisabled(w) && !w.disabled_acknowledged && !pathname.endsWith(`/webhooks/${w.id}`),
  );
  if (disabled.length === 0) return null;
  return (
    <div className="mb-6 space-y-2" data-testid="disabled-webhooks-notice">
      {disabled.map((webhook) => (
        <DisabledWebhookNotice key={webhook.id} webhook={webhook} />
      ))}
    </div>
  );
}

function DisabledWebhookNotice({ webhook }: { webhook: WebhookJson }) {
  const toggle = useToggleWebhook(webhook.id);
  const acknowledge = useAcknowledgeDisabled(webhook.id);
  const offerReplay = useOfferReplay(webhook.id);
  const busy = toggle.isPending || acknowledge.isPending;
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      toast.success(done);
    } catch (error) {
      toast.error((error as Error).message);
    }
  };
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-xl border border-destructive/40 bg-destructive/5 p-3 sm:flex-row sm:items-center"
    >
      <Ban className="size-5 shrink-0 text-destructive" aria-hidden />
      <p className="min-w-0 flex-1 text-sm [overflow-wrap:anywhere]">
        <span className="font-semibold">A webhook was turned off{webhook.disabled_at && <> {fromNow(webhook.disabled_at)}</>}:</span>{" "}
        {webhook.description || webhook.url}. {webhook.disabled_reason} Its events are kept to replay.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="outline" asChild>
          <Link href={`/settings/integrations/webhooks/${webhook.id}`}>Open log</Link>
        </Button>
        <Button
          size="sm"
          disabled={busy}
          onClick={() =>
            void toggle.mutateAsync(true).then(
              () => offerReplay("Webhook re-enabled"),
              (error: Error) => toast.error(error.message),
            )
          }
        >
          Re-enable
        </Button>
        <Button size="sm" variant="ghost" disabled={busy} onClick={() => void run(() => acknowledge.mutateAsync(), "Notice dismissed")}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
