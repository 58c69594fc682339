"use client";

import { useMemo } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useBoardLookups } from "@/components/board/board-context";
import { openCard } from "@/components/board/board-url";
import type { CardJson } from "@/lib/api-client/types";
import { cn } from "@/lib/utils";
import { useBoardDependencies } from "./use-planning";

const DAY = 86_400_000;
const fmt = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The board's timeline: every dated card as a bar from its start to its due date, on one shared
 * scale, with what it waits for named beside it. Plain elements (no Gantt library fits React 19
 * and our bundle; docs/decisions.md). Each bar opens its card, where dates and links are edited.
 */
export function TimelineDialog({ boardId, open, onOpenChange }: { boardId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { cardsById } = useBoardLookups();
  const dependencies = useBoardDependencies(boardId);
  const rows = useMemo(() => {
    const dated = [...cardsById.values()]
      .filter((c) => c.start_at || c.due_at)
      .map((c) => {
        const start = Date.parse((c.start_at ?? c.due_at)!);
        const end = Date.parse((c.due_at ?? c.start_at)!);
        return { card: c, start, end };
      })
      .sort((a, b) => a.start - b.start || a.card.title.localeCompare(b.card.title));
    return dated;
  }, [cardsById]);
  const min = Math.min(...rows.map((r) => r.start));
  const max = Math.max(...rows.map((r) => r.end), min + DAY);
  const span = max - min;
  const waitsFor = (card: CardJson) =>
    (dependencies.data ?? [])
      .filter((d) => d.card_id === card.id && !["relates_to", "duplicates"].includes(d.type))
      .map((d) => cardsById.get(d.depends_on_id)?.title)
      .filter(Boolean);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[88vh] overflow-y-auto sm:max-w-4xl" data-testid="timeline-dialog">
        <DialogHeader>
          <DialogTitle>Timeline</DialogTitle>
          <DialogDescription>
            {rows.length
              ? `${fmt(min)} – ${fmt(max)}. Open a card to change its dates or dependencies; the cards after it follow.`
              : "No card has dates yet."}
          </DialogDescription>
        </DialogHeader>
        {rows.length > 0 && (
          <ol className="space-y-1.5" aria-label="Cards by date">
            {rows.map(({ card, start, end }) => {
              const after = waitsFor(card);
              return (
                <li key={card.id} className="grid grid-cols-[minmax(6rem,12rem)_1fr] items-center gap-2 text-sm" data-testid="timeline-row">
                  <span className="min-w-0">
                    <span className="block truncate">{card.title}</span>
                    {after.length > 0 && <span className="block truncate text-[11px] text-muted-foreground">after {after.join(", ")}</span>}
                  </span>
                  <div className="relative h-7 rounded bg-muted/50">
                    <button
                      type="button"
                      onClick={() => {
                        onOpenChange(false);
                        openCard(card.id);
                      }}
                      className={cn(
                        "absolute top-1 h-5 min-w-2 rounded bg-primary/80 text-left text-[11px] text-primary-foreground hover:bg-primary focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                        card.completed && "bg-success/70",
                      )}
                      style={{ left: `${((start - min) / span) * 100}%`, width: `${Math.max(((end - start) / span) * 100, 1)}%` }}
                      aria-label={`${card.title}: ${fmt(start)} to ${fmt(end)}${after.length ? `, after ${after.join(", ")}` : ""}`}
                      data-start={fmt(start)}
                      data-end={fmt(end)}
                      data-testid="timeline-bar"
                    />
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </DialogContent>
    </Dialog>
  );
}
