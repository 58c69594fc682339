"use client";

import { Badge } from "@/components/ui/badge";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

const SHOWN = 2;

/** Up to two event chips, else a count whose tooltip lists them all. */
export function EventChips({ events }: { events: string[] }) {
  if (events.length === 0) return <Badge variant="secondary">All events</Badge>;
  if (events.length <= SHOWN)
    return (
      <span className="flex flex-wrap gap-1">
        {events.map((event) => (
          <Badge key={event} variant="outline" className="font-mono">
            {event}
          </Badge>
        ))}
      </span>
    );
  return (
    <Tooltip>
      <TooltipTrigger asChild>
        <Badge variant="outline" tabIndex={0} className="cursor-default" aria-label={`${events.length} events: ${events.join(", ")}`}>
          {events.length} events
        </Badge>
      </TooltipTrigger>
      <TooltipContent className="font-mono">{events.join(", ")}</TooltipContent>
    </Tooltip>
  );
}

export function BoardNames({ boardIds, names }: { boardIds: string[]; names: Map<string, string> }) {
  if (boardIds.length === 0) return <span className="text-muted-foreground">All boards</span>;
  const labels = boardIds.map((id) => names.get(id) ?? "archived board");
  return (
    <span className="block max-w-48 truncate" title={labels.join(", ")}>
      {labels.join(", ")}
    </span>
  );
}
