"use client";

import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectTrigger, SelectValue } from "@/components/ui/select";
import { EVENT_CATALOG, type EventCategory } from "@/lib/events/catalog";
import { categoryLabel } from "./event-picker";

/** One event type, grouped like the picker. `allLabel` adds an "any type" choice (value ""). */
export function EventTypeSelect({
  value,
  onChange,
  id,
  allLabel,
  className,
  ariaLabel,
}: {
  value: string;
  onChange: (event: string) => void;
  id?: string;
  allLabel?: string;
  className?: string;
  ariaLabel?: string;
}) {
  const ANY = "__any__";
  return (
    <Select value={value || (allLabel ? ANY : value)} onValueChange={(v) => onChange(v === ANY ? "" : v)}>
      <SelectTrigger id={id} className={className} aria-label={ariaLabel}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent className="max-h-80">
        {allLabel && <SelectItem value={ANY}>{allLabel}</SelectItem>}
        {(Object.keys(EVENT_CATALOG) as EventCategory[]).map((category) => (
          <SelectGroup key={category}>
            <SelectLabel>{categoryLabel(category)}</SelectLabel>
            {EVENT_CATALOG[category].map((event) => (
              <SelectItem key={event} value={event} className="font-mono text-[13px]">
                {event}
              </SelectItem>
            ))}
          </SelectGroup>
        ))}
      </SelectContent>
    </Select>
  );
}
