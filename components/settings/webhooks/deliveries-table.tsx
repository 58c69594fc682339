"use client";

import { useState } from "react";
import { Inbox } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DeliveryFiltersBar } from "./delivery-filters";
import { DeliveryRow } from "./delivery-row";
import { useDeliveries, type DeliveryFilters } from "./use-deliveries";
import { useNow } from "./use-now";

export function DeliveriesTable({ webhookId }: { webhookId: string }) {
  const [filters, setFilters] = useState<DeliveryFilters>({});
  const [expanded, setExpanded] = useState<string | null>(null);
  const deliveries = useDeliveries(webhookId, filters);
  const now = useNow();
  const rows = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.status || filters.event);

  return (
    <section aria-labelledby="deliveries-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="deliveries-heading" className="text-lg font-semibold">
          Deliveries
        </h2>
        <DeliveryFiltersBar value={filters} onChange={setFilters} />
      </div>
      {deliveries.isPending ? (
        <RowsSkeleton label="Loading deliveries" rows={5} rowClassName="h-10" />
      ) : deliveries.isError ? (
        <LoadError what="deliveries" error={deliveries.error} />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<Inbox />}
          title={filtered ? "No deliveries match these filters" : "No deliveries yet"}
          description={
            filtered ? "Try another status or event." : "Deliveries appear here as events happen. Send a test event to see one now."
          }
        />
      ) : (
        <div className="rounded-xl border bg-card shadow-xs">
          <Table data-testid="delivery-log">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead>
                  <span className="sr-only">Details</span>
                </TableHead>
                <TableHead>Time</TableHead>
                <TableHead>Event</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>HTTP</TableHead>
                <TableHead>Response time</TableHead>
                <TableHead className="text-center">Attempts</TableHead>
                <TableHead>Next retry</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((delivery) => (
                <DeliveryRow
                  key={delivery.id}
                  delivery={delivery}
                  now={now}
                  expanded={expanded === delivery.id}
                  onToggle={() => setExpanded((current) => (current === delivery.id ? null : delivery.id))}
                />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {deliveries.hasNextPage && (
        <div className="flex justify-center">
          <Button variant="outline" onClick={() => void deliveries.fetchNextPage()} disabled={deliveries.isFetchingNextPage}>
            {deliveries.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        </div>
      )}
    </section>
  );
}
