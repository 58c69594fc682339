"use client";

import { Ban, Pause } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { DeliveryStatusBadge, HttpCode } from "./delivery-status-badge";
import { formatDateTime, fromNow, isAutoDisabled } from "./format";
import type { WebhookJson } from "@/lib/api-client/types";

/**
 * Health at a glance: auto-disabled (with reason and when) beats paused beats the latest
 * delivery's status (last_delivery_* of the webhook JSON); a failure streak is shown under it
 * whatever the state.
 */
export function WebhookHealth({ webhook }: { webhook: WebhookJson }) {
  const streak = webhook.consecutive_failures;
  return (
    <div className="flex flex-col items-start gap-1" data-testid="webhook-health">
      {isAutoDisabled(webhook) ? (
        <Tooltip>
          <TooltipTrigger asChild>
            <Badge variant="destructive" tabIndex={0}>
              <Ban aria-hidden /> Auto-disabled
            </Badge>
          </TooltipTrigger>
          <TooltipContent>{webhook.disabled_reason}</TooltipContent>
        </Tooltip>
      ) : !webhook.active ? (
        <Badge variant="secondary">
          <Pause aria-hidden /> Paused
        </Badge>
      ) : webhook.last_delivery_status ? (
        <span className="flex items-center gap-2">
          <DeliveryStatusBadge status={webhook.last_delivery_status} />
          <HttpCode code={webhook.last_delivery_status_code} />
        </span>
      ) : (
        <span className="text-sm text-muted-foreground">No deliveries yet</span>
      )}
      {isAutoDisabled(webhook) && (
        <span
          className="max-w-64 text-xs whitespace-normal text-destructive"
          title={webhook.disabled_at ? formatDateTime(webhook.disabled_at) : undefined}
        >
          {webhook.disabled_reason}
          {webhook.disabled_at && <> · {fromNow(webhook.disabled_at)}</>}
        </span>
      )}
      {!webhook.active && !isAutoDisabled(webhook) && webhook.disabled_at && (
        <span className="text-xs text-muted-foreground">since {fromNow(webhook.disabled_at)}</span>
      )}
      {streak > 0 && (
        <span className="text-xs font-medium text-destructive" data-testid="failure-streak">
          {streak} failed {streak === 1 ? "delivery" : "deliveries"} in a row
        </span>
      )}
    </div>
  );
}
