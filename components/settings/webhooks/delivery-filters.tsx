"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { EventTypeSelect } from "./event-type-select";
import type { DeliveryFilters } from "./use-deliveries";
import type { DeliveryStatus } from "@/lib/api-client/types";

// Exhaustive over the contract's statuses (a Record both requires every status and refuses an
// unknown one), so a status added to or dropped from the API fails the build here.
const STATUS_LABEL: Record<DeliveryStatus, string> = { pending: "Pending", success: "Success", failed: "Failed", skipped: "Skipped" };
const DELIVERY_STATUSES = Object.keys(STATUS_LABEL) as DeliveryStatus[];
const ALL = "all";

export function DeliveryFiltersBar({ value, onChange }: { value: DeliveryFilters; onChange: (next: DeliveryFilters) => void }) {
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filter deliveries">
      <Select
        value={value.status ?? ALL}
        onValueChange={(status) => onChange({ ...value, status: status === ALL ? undefined : (status as DeliveryStatus) })}
      >
        <SelectTrigger size="sm" aria-label="Status" className="w-40" data-testid="status-filter">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ALL}>All statuses</SelectItem>
          {DELIVERY_STATUSES.map((status) => (
            <SelectItem key={status} value={status}>
              {STATUS_LABEL[status]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <EventTypeSelect
        value={value.event ?? ""}
        onChange={(event) => onChange({ ...value, event: event || undefined })}
        allLabel="All events"
        ariaLabel="Event"
        className="h-8 w-56"
      />
    </div>
  );
}
