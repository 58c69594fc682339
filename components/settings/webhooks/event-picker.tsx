"use client";

import { ShieldCheck } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { Switch } from "@/components/ui/switch";
import { cn } from "@/lib/utils";
import { useEventTypes, type EventGroup } from "./use-event-types";

export type EventSelection = { all: boolean; events: string[] };

/** The API's "events": [] means every type, including ones added later. */
export const selectionFromEvents = (events: string[]): EventSelection => ({ all: events.length === 0, events });
export const eventsFromSelection = (selection: EventSelection) => (selection.all ? [] : selection.events);

/**
 * Event types grouped as the server's catalog lists them (GET /v1/event_types), a select-all
 * checkbox per group, an "All events" switch that also covers event types added in later versions,
 * and the "SIEM forwarding" preset, which selects the security events (sign-ins, board access,
 * members, tokens, webhooks) in one click.
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
  const catalog = useEventTypes();
  const selected = new Set(value.events);
  const setEvents = (events: Iterable<string>) => onChange({ all: false, events: [...new Set(events)] });
  const security = catalog.data?.security ?? [];
  const isSiemSelection =
    !value.all && security.length > 0 && value.events.length === security.length && security.every((e) => selected.has(e));

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
      {!value.all &&
        (catalog.isPending ? (
          <RowsSkeleton label="Loading event types" rows={4} rowClassName="h-8" />
        ) : catalog.isError ? (
          <div className="flex flex-wrap items-center gap-3 rounded-lg border p-3">
            <LoadError what="the event types" error={catalog.error} />
            <Button type="button" variant="outline" size="sm" onClick={() => void catalog.refetch()}>
              Try again
            </Button>
          </div>
        ) : (
          <div
            className={cn(
              "grid max-h-72 gap-x-6 gap-y-4 overflow-y-auto rounded-lg border p-3 sm:grid-cols-2",
              error && "border-destructive",
            )}
            data-testid="event-picker"
          >
            {catalog.data.groups.map((group) => (
              <GroupOfEvents
                key={group.id}
                id={`${id}-${group.id}`}
                group={group}
                selected={selected}
                value={value}
                setEvents={setEvents}
              />
            ))}
          </div>
        ))}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-describedby={`${id}-siem-hint`}
          disabled={security.length === 0}
          onClick={() => setEvents(security)}
        >
          <ShieldCheck aria-hidden /> SIEM forwarding
        </Button>
        <span id={`${id}-siem-hint`} className="text-xs text-muted-foreground">
          {isSiemSelection
            ? `Selected: the ${security.length} security events.`
            : "Selects only the security events: sign-ins and sign-outs, board access, members, API tokens and webhooks."}
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function GroupOfEvents({
  id,
  group,
  selected,
  value,
  setEvents,
}: {
  id: string;
  group: EventGroup;
  selected: Set<string>;
  value: EventSelection;
  setEvents: (events: Iterable<string>) => void;
}) {
  const events: string[] = group.types.map((t) => t.type);
  const picked = events.filter((e) => selected.has(e)).length;
  const state = picked === 0 ? false : picked === events.length ? true : "indeterminate";
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`} className="space-y-1.5">
      <div className="flex items-center gap-2">
        <Checkbox
          id={id}
          checked={state}
          aria-label={`Select all ${group.label.toLowerCase()} events`}
          onCheckedChange={() => setEvents(state === true ? value.events.filter((e) => !events.includes(e)) : [...value.events, ...events])}
        />
        <Label htmlFor={id} id={`${id}-label`} className="font-semibold">
          {group.label}
          <span className="text-xs font-normal text-muted-foreground">
            {picked}/{events.length}
          </span>
        </Label>
      </div>
      <p id={`${id}-hint`} className="pl-6 text-xs text-muted-foreground">
        {group.description}
      </p>
      <ul className="space-y-1 pl-6">
        {group.types.map(({ type, description }) => (
          <li key={type} className="flex items-center gap-2">
            <Checkbox
              id={`${id}-${type}`}
              checked={selected.has(type)}
              aria-description={description}
              onCheckedChange={(on) => setEvents(on === true ? [...value.events, type] : value.events.filter((e) => e !== type))}
            />
            <Label htmlFor={`${id}-${type}`} title={description} className="font-mono text-[13px] font-normal">
              {type}
            </Label>
          </li>
        ))}
      </ul>
    </div>
  );
}
