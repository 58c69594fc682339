"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiClientError } from "@/lib/api-client/api-client-error";
import { ActiveToggle } from "./active-toggle";
import { AdminOnly } from "./admin-only";
import { DeliveriesTable } from "./deliveries-table";
import { BoardNames, EventChips } from "./event-chips";
import { useBoards } from "@/components/boards/use-boards";
import { formatDateTime } from "./format";
import { IntegrationsNav } from "../integrations-nav";
import { useWebhook } from "./use-webhooks";
import { WebhookActions } from "./webhook-actions";
import { WebhookStateBanner } from "./webhook-state-banner";

export function WebhookLogPage({ webhookId }: { webhookId: string }) {
  return (
    <section aria-labelledby="webhook-heading" className="space-y-6">
      <IntegrationsNav />
      <AdminOnly>
        <WebhookLog webhookId={webhookId} />
      </AdminOnly>
    </section>
  );
}

function WebhookLog({ webhookId }: { webhookId: string }) {
  const router = useRouter();
  const webhook = useWebhook(webhookId);
  const boards = useBoards(true);
  const boardNames = new Map((boards.data?.items ?? []).map((b) => [b.id, b.name]));

  if (webhook.isPending) return <Skeleton className="h-32 rounded-xl" />;
  if (webhook.isError)
    return (
      <div role="alert" className="space-y-2">
        <p className="text-sm text-destructive">
          {webhook.error instanceof ApiClientError && webhook.error.status === 404
            ? "This webhook does not exist (it may have been deleted)."
            : `Could not load the webhook: ${webhook.error.message}`}
        </p>
        <BackLink />
      </div>
    );
  const w = webhook.data;
  return (
    <>
      <div className="space-y-4">
        <BackLink />
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0 space-y-1">
            <h1 id="webhook-heading" className="font-mono text-xl font-semibold tracking-tight break-all">
              {w.url}
            </h1>
            {w.description && <p className="text-sm text-muted-foreground">{w.description}</p>}
            <dl className="flex flex-wrap items-center gap-x-5 gap-y-2 pt-1 text-sm">
              <div className="flex items-center gap-2">
                <dt className="text-muted-foreground">Events</dt>
                <dd>
                  <EventChips events={w.events} />
                </dd>
              </div>
              <div className="flex items-center gap-2">
                <dt className="text-muted-foreground">Boards</dt>
                <dd>
                  <BoardNames boardIds={w.board_ids} names={boardNames} />
                </dd>
              </div>
              <div className="flex items-center gap-2">
                <dt className="text-muted-foreground">Secret</dt>
                <dd className="font-mono text-[13px]">{w.secret_hint}</dd>
              </div>
              {w.previous_secret_expires_at && (
                <div className="flex items-center gap-2">
                  <dt className="text-muted-foreground">Old secret signs until</dt>
                  <dd>{formatDateTime(w.previous_secret_expires_at)}</dd>
                </div>
              )}
              {w.consecutive_failures > 0 && (
                <div className="flex items-center gap-2 text-destructive">
                  <dt>Failure streak</dt>
                  <dd className="font-medium" data-testid="failure-streak">
                    {w.consecutive_failures}
                  </dd>
                </div>
              )}
            </dl>
          </div>
          <div className="flex flex-col items-end gap-3">
            <ActiveToggle webhook={w} withLabel />
            <WebhookActions webhook={w} layout="buttons" onDeleted={() => router.push("/settings/integrations/webhooks")} />
          </div>
        </div>
      </div>
      <WebhookStateBanner webhook={w} />
      <DeliveriesTable webhookId={w.id} />
    </>
  );
}

function BackLink() {
  return (
    <Link
      href="/settings/integrations/webhooks"
      className="inline-flex items-center gap-1.5 text-sm text-muted-foreground hover:text-foreground"
    >
      <ArrowLeft className="size-4" aria-hidden /> All webhooks
    </Link>
  );
}
