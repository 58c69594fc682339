"use client";

import { ChevronDown, ChevronRight, RotateCw } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { DeliveryDetail } from "./delivery-detail";
import { DeliveryStatusBadge, HttpCode } from "./delivery-status-badge";
import { ERROR_KIND_LABEL, formatDateTime, formatDuration, fromNow } from "./format";
import { useRetryDelivery } from "./use-deliveries";
import type { DeliveryDetailJson, DeliveryJson } from "@/lib/api-client/types";

export const DELIVERY_COLUMNS = 9;

type Props = { delivery: DeliveryJson; expanded: boolean; onToggle: () => void; now: number };

/** One delivery; the chevron (or a click on the row) opens its payload, headers and attempts below. */
export function DeliveryRow({ delivery, expanded, onToggle, now }: Props) {
  const retry = useRetryDelivery(delivery.webhook_id);
  const detailId = `delivery-${delivery.id}-detail`;
  return (
    <>
      <TableRow
        data-testid="delivery-row"
        data-delivery-id={delivery.id}
        data-status={delivery.status}
        className="cursor-pointer"
        onClick={(e) => {
          if ((e.target as HTMLElement).closest("button")) return;
          onToggle();
        }}
      >
        <TableCell className="w-8 pr-0">
          <Button
            variant="ghost"
            size="icon-sm"
            aria-expanded={expanded}
            aria-controls={expanded ? detailId : undefined}
            aria-label={`${expanded ? "Hide" : "Show"} details of ${delivery.event} delivery ${delivery.id}`}
            onClick={onToggle}
          >
            {expanded ? <ChevronDown aria-hidden /> : <ChevronRight aria-hidden />}
          </Button>
        </TableCell>
        <TableCell>
          <time dateTime={delivery.created_at} title={formatDateTime(delivery.created_at)}>
            {fromNow(delivery.created_at, now)}
          </time>
        </TableCell>
        <TableCell>
          <span className="font-mono text-[13px]">{delivery.event}</span>
          {delivery.test && (
            <Badge variant="outline" className="ml-2">
              test
            </Badge>
          )}
        </TableCell>
        <TableCell>
          <DeliveryStatusBadge status={delivery.status} retrying={delivery.attempts > 0} />
        </TableCell>
        <TableCell>
          <HttpCode code={delivery.last_status_code} />
        </TableCell>
        <TableCell className="text-muted-foreground">{formatDuration(delivery.last_response_time_ms)}</TableCell>
        <TableCell className="text-center">{delivery.attempts}</TableCell>
        <TableCell data-testid="next-retry">
          {delivery.next_attempt_at ? (
            <time dateTime={delivery.next_attempt_at} title={formatDateTime(delivery.next_attempt_at)}>
              {Date.parse(delivery.next_attempt_at) <= now ? "due now" : fromNow(delivery.next_attempt_at, now)}
            </time>
          ) : (
            <span className="text-muted-foreground">—</span>
          )}
        </TableCell>
        <TableCell className="text-right">
          <Button
            variant="outline"
            size="sm"
            disabled={retry.isPending}
            aria-label={`Retry ${delivery.event} delivery ${delivery.id}`}
            onClick={() =>
              retry.mutate(delivery.id, {
                onSuccess: (result) =>
                  result.status === "success" ? toast.success(describeRetry(result)) : toast.error(describeRetry(result)),
                onError: (error) => toast.error(error.message),
              })
            }
          >
            <RotateCw aria-hidden className={retry.isPending ? "animate-spin" : undefined} /> Retry
          </Button>
        </TableCell>
      </TableRow>
      {expanded && (
        <TableRow className="bg-muted/20 hover:bg-muted/20">
          <TableCell colSpan={DELIVERY_COLUMNS} id={detailId} className="p-4 whitespace-normal">
            <DeliveryDetail webhookId={delivery.webhook_id} deliveryId={delivery.id} pending={delivery.status === "pending"} />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

function describeRetry(result: DeliveryDetailJson): string {
  const attempt = result.attempt_log.at(-1);
  if (result.status === "success") return `Delivered: HTTP ${attempt?.status_code ?? result.last_status_code}`;
  const why = attempt?.status_code
    ? `HTTP ${attempt.status_code}`
    : attempt?.error_kind
      ? (ERROR_KIND_LABEL[attempt.error_kind] ?? attempt.error_kind)
      : result.failure_reason;
  const next = result.next_attempt_at ? `; next retry ${fromNow(result.next_attempt_at)}` : "";
  return `Retry failed${why ? ` (${why})` : ""}${next}`;
}
