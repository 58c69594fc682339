"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useBoardLookups } from "@/components/board/board-context";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { SprintJson } from "@/lib/api-client/types";
import { burndown, burndownUnit } from "./burndown";

/** The active sprint's burndown (recharts): ideal line and what remained each day, from the board's cards. */
export function BurndownDialog({
  sprint,
  open,
  onOpenChange,
}: {
  sprint: SprintJson;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { cardsById } = useBoardLookups();
  const cards = [...cardsById.values()];
  const points = burndown(sprint, cards);
  const unit = burndownUnit(cards, sprint.id);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Burndown · {sprint.name}</DialogTitle>
          <DialogDescription>
            Remaining {unit} at the end of each day against the ideal line{sprint.goal ? ` · Goal: ${sprint.goal}` : ""}.
          </DialogDescription>
        </DialogHeader>
        {points.length === 0 ? (
          <p className="text-sm text-muted-foreground">Give the sprint a start date to see its burndown.</p>
        ) : (
          <figure className="h-64 w-full" aria-label={`Burndown of ${sprint.name}`} data-testid="burndown-chart">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} className="stroke-border" />
                <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={12} minTickGap={12} />
                <YAxis fontSize={12} allowDecimals={unit === "points"} />
                <Tooltip />
                <Legend />
                <Line
                  type="linear"
                  dataKey="ideal"
                  name="Ideal"
                  stroke="var(--muted-foreground)"
                  strokeDasharray="5 4"
                  dot={false}
                  isAnimationActive={false}
                />
                <Line
                  type="linear"
                  dataKey="remaining"
                  name="Remaining"
                  stroke="var(--primary)"
                  strokeWidth={2}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
            <figcaption className="sr-only">
              {points
                .filter((p) => p.remaining !== null)
                .map((p) => `${p.day}: ${p.remaining} ${unit} remaining (ideal ${p.ideal})`)
                .join("; ")}
            </figcaption>
          </figure>
        )}
      </DialogContent>
    </Dialog>
  );
}
