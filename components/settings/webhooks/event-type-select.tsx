"use client";

import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useEventTypes } from "./use-event-types";

/**
 * One event type, grouped like the picker (from GET /v1/event_types). `allLabel` adds an "any
 * type" choice (value ""). Until the catalog arrives (or if it cannot), the current value is the
 * only choice, so the control still shows what is selected.
 */
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
  const catalog = useEventTypes();
  return (
    <Select value={value || (allLabel ? ANY : value)} onValueChange={(v) => onChange(v === ANY ? "" : v)}>
      <SelectTrigger id={id} className={className} aria-label={ariaLabel} aria-busy={catalog.isPending || undefined}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent className="max-h-80">
        {allLabel && <SelectItem value={ANY}>{allLabel}</SelectItem>}
        {catalog.data ? (
          catalog.data.groups.map((group) => (
            <SelectGroup key={group.id}>
              <SelectLabel>{group.label}</SelectLabel>
              {group.types.map(({ type }) => (
                <SelectItem key={type} value={type} className="font-mono text-[13px]">
                  {type}
                </SelectItem>
              ))}
            </SelectGroup>
          ))
        ) : (
          <>
            {value && (
              <SelectItem value={value} className="font-mono text-[13px]">
                {value}
              </SelectItem>
            )}
            {/* Not a SelectLabel: Radix allows those only inside a SelectGroup. */}
            <div role="status" className="px-2 py-1.5 text-xs text-muted-foreground">
              {catalog.isError ? "Could not load the event types." : "Loading event types…"}
            </div>
          </>
        )}
      </SelectContent>
    </Select>
  );
}
