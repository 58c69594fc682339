"use client";

import Link from "next/link";
import { TableCell, TableRow } from "@/components/ui/table";
import { ActiveToggle } from "./active-toggle";
import { BoardNames, EventChips } from "./event-chips";
import { formatDateTime, fromNow } from "./format";
import { WebhookActions } from "./webhook-actions";
import type { WebhookJson } from "@/lib/api-client/types";
import { WebhookHealth } from "./webhook-health";

export function WebhookRow({ webhook, boardNames }: { webhook: WebhookJson; boardNames: Map<string, string> }) {
  const lastAt = webhook.last_delivery_at;
  return (
    <TableRow data-testid="webhook-row" data-webhook-id={webhook.id}>
      <TableCell className="max-w-md whitespace-normal">
        <Link
          href={`/settings/integrations/webhooks/${webhook.id}`}
          className="font-mono text-[13px] font-medium break-all hover:text-primary hover:underline"
        >
          {webhook.url}
        </Link>
        {webhook.description && <p className="mt-0.5 line-clamp-2 text-xs text-muted-foreground">{webhook.description}</p>}
      </TableCell>
      <TableCell>
        <EventChips events={webhook.events} />
      </TableCell>
      <TableCell>
        <BoardNames boardIds={webhook.board_ids} names={boardNames} />
      </TableCell>
      <TableCell>
        <WebhookHealth webhook={webhook} />
      </TableCell>
      <TableCell className="text-muted-foreground">
        {lastAt ? (
          <time dateTime={lastAt} title={formatDateTime(lastAt)}>
            {fromNow(lastAt)}
          </time>
        ) : (
          "—"
        )}
      </TableCell>
      <TableCell>
        <ActiveToggle webhook={webhook} />
      </TableCell>
      <TableCell className="text-right">
        <WebhookActions webhook={webhook} layout="menu" />
      </TableCell>
    </TableRow>
  );
}
