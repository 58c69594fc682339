"use client";

import { useId } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { EVENT_CATALOG, type EventCategory } from "@/lib/events/catalog";
import { cn } from "@/lib/utils";

export type EventSelection = { all: boolean; events: string[] };

const CATEGORIES = Object.keys(EVENT_CATALOG) as EventCategory[];
export const categoryLabel = (category: string) => {
  const words = category.replace(/_/g, " ");
  return words[0].toUpperCase() + words.slice(1);
};

/** The API's "events": [] means every type, including ones added later. */
export const selectionFromEvents = (events: string[]): EventSelection => ({ all: events.length === 0, events });
export const eventsFromSelection = (selection: EventSelection) => (selection.all ? [] : selection.events);

/**
 * Event types grouped by category (lib/events/catalog.ts), a select-all checkbox per category,
 * and an "All events" switch that also covers event types added in later versions.
 */
export function EventPicker({
  value,
  onChange,
  error,
}: {
  value: EventSelection;
  onChange: (next: EventSelection) => void;
  error?: string;
}) {
  const id = useId();
  const selected = new Set(value.events);
  const setEvents = (events: Iterable<string>) => onChange({ all: false, events: [...new Set(events)] });

  return (
    <fieldset className="space-y-3" aria-describedby={error ? `${id}-error` : undefined} data-invalid={error ? true : undefined}>
      <legend className="mb-2 text-sm font-medium">Events</legend>
      <div className="flex items-center gap-2.5 rounded-lg border bg-muted/30 px-3 py-2.5">
        <Switch
          id={`${id}-all`}
          aria-describedby={`${id}-all-hint`}
          checked={value.all}
          onCheckedChange={(all) => onChange({ all, events: value.events })}
        />
        <div className="grid gap-0.5">
          <Label htmlFor={`${id}-all`}>All events</Label>
          <span id={`${id}-all-hint`} className="text-xs text-muted-foreground">
            Every event type, including ones added in later versions.
          </span>
        </div>
      </div>
      {!value.all && (
        <div
          className={cn(
            "grid max-h-72 gap-x-6 gap-y-4 overflow-y-auto rounded-lg border p-3 sm:grid-cols-2",
            error && "border-destructive",
          )}
          data-testid="event-picker"
        >
          {CATEGORIES.map((category) => {
            const events: readonly string[] = EVENT_CATALOG[category];
            const picked = events.filter((e) => selected.has(e)).length;
            const state = picked === 0 ? false : picked === events.length ? true : "indeterminate";
            const groupId = `${id}-${category}`;
            return (
              <div key={category} role="group" aria-labelledby={`${groupId}-label`} className="space-y-1.5">
                <div className="flex items-center gap-2">
                  <Checkbox
                    id={groupId}
                    checked={state}
                    aria-label={`Select all ${categoryLabel(category).toLowerCase()} events`}
                    onCheckedChange={() =>
                      setEvents(state === true ? value.events.filter((e) => !events.includes(e)) : [...value.events, ...events])
                    }
                  />
                  <Label htmlFor={groupId} id={`${groupId}-label`} className="font-semibold">
                    {categoryLabel(category)}
                    <span className="text-xs font-normal text-muted-foreground">
                      {picked}/{events.length}
                    </span>
                  </Label>
                </div>
                <ul className="space-y-1 pl-6">
                  {events.map((event) => (
                    <li key={event} className="flex items-center gap-2">
                      <Checkbox
                        id={`${id}-${event}`}
                        checked={selected.has(event)}
                        onCheckedChange={(on) =>
                          setEvents(on === true ? [...value.events, event] : value.events.filter((e) => e !== event))
                        }
                      />
                      <Label htmlFor={`${id}-${event}`} className="font-mono text-[13px] font-normal">
                        {event}
                      </Label>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
