"use client";

import { useState } from "react";
import { Webhook } from "lucide-react";
import { useBoards } from "@/components/boards/use-boards";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AdminOnly } from "./admin-only";
import { CreateWebhookButton, CreateWebhookDialog } from "./create-webhook-dialog";
import { IntegrationsNav } from "../integrations-nav";
import { RetentionSetting } from "./retention-setting";
import { useWebhooks } from "./use-webhooks";
import { WebhookRow } from "./webhook-row";

export function WebhooksIndex() {
  return (
    <section aria-labelledby="webhooks-heading" className="space-y-6">
      <IntegrationsNav />
      <div className="max-w-3xl">
        <h1 id="webhooks-heading" className="text-2xl font-semibold tracking-tight">
          Webhooks
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Signed HTTP POSTs to your systems when cards, boards, members and more change. Failed deliveries are retried for about 17 hours,
          and every attempt is in the delivery log.
        </p>
      </div>
      <AdminOnly>
        <WebhooksList />
      </AdminOnly>
    </section>
  );
}

function WebhooksList() {
  const webhooks = useWebhooks();
  const boards = useBoards(true);
  const boardNames = new Map((boards.data?.items ?? []).map((b) => [b.id, b.name]));
  const count = webhooks.data?.items.length ?? 0;
  const [creating, setCreating] = useState(false);
  const openCreate = () => setCreating(true);

  return (
    <>
      {count > 0 && (
        <div className="flex items-center justify-between gap-4">
          <p className="text-sm text-muted-foreground">
            {count} {count === 1 ? "webhook" : "webhooks"}
          </p>
          <CreateWebhookButton onClick={openCreate} />
        </div>
      )}

      {webhooks.isPending ? (
        <RowsSkeleton label="Loading webhooks" rows={3} rowClassName="h-14 rounded-lg" />
      ) : webhooks.isError ? (
        <LoadError what="webhooks" error={webhooks.error} />
      ) : count === 0 ? (
        <EmptyState
          icon={<Webhook />}
          title="No webhooks yet"
          description="A webhook tells another system the moment something happens here: a card is created, a list renamed, a member added. Point it at a URL, pick the events, and verify each request with its signing secret."
          action={<CreateWebhookButton onClick={openCreate} />}
        />
      ) : (
        <div className="rounded-xl border bg-card shadow-xs">
          <Table data-testid="webhook-list">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-4">Endpoint</TableHead>
                <TableHead>Events</TableHead>
                <TableHead>Boards</TableHead>
                <TableHead>Health</TableHead>
                <TableHead>Last delivery</TableHead>
                <TableHead>Active</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {webhooks.data.items.map((webhook) => (
                <WebhookRow key={webhook.id} webhook={webhook} boardNames={boardNames} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {count > 0 && <RetentionSetting />}
      <CreateWebhookDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
