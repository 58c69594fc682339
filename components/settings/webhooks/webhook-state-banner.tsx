"use client";

import { Ban, History, Pause } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { formatDateTime, fromNow, isAutoDisabled } from "./format";
import { useMissedEvents, useRecoverDeliveries } from "./use-missed-events";
import { useToggleWebhook } from "./use-webhooks";
import type { WebhookJson } from "@/lib/api-client/types";

/**
 * Above the log: why the webhook is off (auto-disabled or paused) with Re-enable, and what it
 * missed with "Replay missed events" (POST …/recover, which needs the webhook active first).
 */
export function WebhookStateBanner({ webhook }: { webhook: WebhookJson }) {
  const missed = useMissedEvents(webhook.id, true);
  const toggle = useToggleWebhook(webhook.id);
  const recover = useRecoverDeliveries(webhook.id);
  const count = missed.data?.count ?? 0;
  const since = missed.data?.oldest_created_at ?? null;
  const countLabel = missed.data ? `${count} missed ${count === 1 ? "event" : "events"}` : "missed events";

  async function reenable(andReplay: boolean) {
    try {
      await toggle.mutateAsync(true);
      if (andReplay && since) {
        const { requeued } = await recover.mutateAsync(since);
        toast.success(`Re-enabled; ${requeued} ${requeued === 1 ? "event" : "events"} queued for delivery`);
      } else toast.success("Webhook re-enabled");
    } catch (error) {
      toast.error((error as Error).message);
    }
  }

  async function replay() {
    if (!since) return;
    try {
      const { requeued } = await recover.mutateAsync(since);
      toast.success(`${requeued} ${requeued === 1 ? "event" : "events"} queued for delivery`);
    } catch (error) {
      toast.error((error as Error).message);
    }
  }

  const busy = toggle.isPending || recover.isPending;
  const replayButton = (label: string, onClick: () => void) => (
    <Button size="sm" variant="outline" disabled={busy || !since} onClick={onClick} data-testid="replay-missed">
      <History aria-hidden /> {label}
    </Button>
  );

  if (isAutoDisabled(webhook)) {
    return (
      <div
        role="alert"
        className="flex flex-col gap-3 rounded-xl border border-destructive/40 bg-destructive/5 p-4 sm:flex-row sm:items-start"
        data-testid="disabled-banner"
      >
        <Ban className="mt-0.5 size-5 shrink-0 text-destructive" aria-hidden />
        <div className="flex-1 space-y-1">
          <p className="font-semibold">This webhook was turned off automatically</p>
          <p className="text-sm">{webhook.disabled_reason}</p>
          <p className="text-sm text-muted-foreground">
            {webhook.disabled_at && (
              <>
                Disabled {fromNow(webhook.disabled_at)} ({formatDateTime(webhook.disabled_at)}).{" "}
              </>
            )}
            Events since then are kept as skipped deliveries; fix the receiver, then re-enable and replay them.
          </p>
          <div className="flex flex-wrap gap-2 pt-2">
            <Button size="sm" disabled={busy} onClick={() => void reenable(false)}>
              Re-enable
            </Button>
            {count > 0 && replayButton(`Re-enable and replay ${countLabel}`, () => void reenable(true))}
          </div>
        </div>
      </div>
    );
  }

  if (!webhook.active) {
    return (
      <div className="flex flex-col gap-3 rounded-xl border bg-muted/40 p-4 sm:flex-row sm:items-start" data-testid="paused-banner">
        <Pause className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
        <div className="flex-1 space-y-2">
          <p className="text-sm">
            <span className="font-semibold">Paused{webhook.disabled_at && <> {fromNow(webhook.disabled_at)}</>}.</span> Nothing is sent.
            Deliveries already queued or retrying wait and go out on resuming; new events are kept as skipped deliveries
            {count > 0 && <> ({countLabel} so far)</>}, to replay.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" disabled={busy} onClick={() => void reenable(false)}>
              Resume
            </Button>
            {count > 0 && replayButton(`Resume and replay ${countLabel}`, () => void reenable(true))}
          </div>
        </div>
      </div>
    );
  }

  if (count > 0 && since) {
    return (
      <div
        className="flex flex-col gap-3 rounded-xl border border-warning/40 bg-warning/5 p-4 sm:flex-row sm:items-center"
        data-testid="missed-banner"
      >
        <History className="size-5 shrink-0 text-warning" aria-hidden />
        <p className="flex-1 text-sm">
          <span className="font-semibold">{countLabel[0].toUpperCase() + countLabel.slice(1)}</span> since {formatDateTime(since)}: skipped
          while the webhook was off, or failed after every retry. Replaying sends each once more with its original delivery id.
        </p>
        {replayButton("Replay missed events", () => void replay())}
      </div>
    );
  }
  return null;
}
