"use client";

import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useBoardLookups } from "@/components/board/board-context";
import { queryKeys } from "@/lib/api-client/query-keys";
import { CalendarRange, Flag, GanttChart, Target, TrendingDown } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { SprintJson } from "@/lib/api-client/types";
import { BurndownDialog } from "./burndown-dialog";
import { CompleteSprintDialog } from "./complete-sprint-dialog";
import { PlanningDialog } from "./planning-dialog";
import { TimelineDialog } from "./timeline-dialog";
import { ProgressBar } from "./progress-bar";
import { useMilestones, useSprints } from "./use-planning";

const dateRange = (s: SprintJson) => (s.start_date || s.end_date ? `${s.start_date ?? "…"} – ${s.end_date ?? "…"}` : "No dates");

/** The board's planning strip: the current sprint (dates, capacity used, progress) and the planning panel. */
export function SprintBar({ boardId, canEdit }: { boardId: string; canEdit: boolean }) {
  const sprints = useSprints(boardId);
  const milestones = useMilestones(boardId);
  const [panel, setPanel] = useState(false);
  const [timeline, setTimeline] = useState(false);
  const queryClient = useQueryClient();
  // Sprint and milestone progress follow the cards: when the board's cards change, refetch them.
  const { cardsById } = useBoardLookups();
  const seen = useRef(cardsById);
  useEffect(() => {
    if (seen.current === cardsById) return;
    seen.current = cardsById;
    void queryClient.invalidateQueries({ queryKey: queryKeys.board.sprints(boardId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.board.milestones(boardId) });
  }, [cardsById, boardId, queryClient]);
  const [completing, setCompleting] = useState(false);
  const [burning, setBurning] = useState(false);
  const current = (sprints.data ?? []).find((s) => s.status === "active" || s.status === "paused" || s.status === "review");
  const openMilestones = (milestones.data ?? []).filter((m) => m.status === "open").length;
  return (
    <div className="flex flex-wrap items-center gap-3 px-4 text-sm sm:px-6" data-testid="sprint-bar">
      {sprints.isPending ? (
        <span className="text-muted-foreground">Loading sprints…</span>
      ) : sprints.error ? (
        <span className="text-destructive">Could not load sprints: {sprints.error.message}</span>
      ) : current ? (
        <div className="flex min-w-0 flex-1 basis-full flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border bg-card px-3 py-1.5 md:basis-0">
          <span className="inline-flex items-center gap-1.5 font-medium">
            <Target className="size-4 text-primary" aria-hidden /> {current.name}
            <span className="rounded bg-muted px-1.5 py-0.5 text-[11px] font-medium text-muted-foreground" data-testid="sprint-status">
              {current.status}
            </span>
          </span>
          <span className="inline-flex items-center gap-1 text-muted-foreground">
            <CalendarRange className="size-3.5" aria-hidden /> {dateRange(current)}
          </span>
          <span className="text-muted-foreground" data-testid="sprint-capacity">
            {current.progress.points_total}
            {current.capacity !== null ? ` / ${current.capacity}` : ""} {current.capacity_unit}
          </span>
          <span className="flex w-32 shrink-0 items-center gap-2">
            <ProgressBar value={current.progress.cards_done} max={current.progress.cards_total} label={`${current.name} progress`} />
            <span className="text-xs text-muted-foreground tabular-nums">
              {current.progress.cards_done}/{current.progress.cards_total}
            </span>
          </span>
          <Button size="sm" variant="ghost" className="h-7" onClick={() => setBurning(true)}>
            <TrendingDown aria-hidden /> Burndown
          </Button>
          {canEdit && current.allowed_actions.includes("complete") && (
            <Button size="sm" variant="outline" className="ml-auto h-7" onClick={() => setCompleting(true)}>
              Complete sprint
            </Button>
          )}
        </div>
      ) : (
        <span className="text-muted-foreground">No active sprint</span>
      )}
      <Button size="sm" variant="outline" className="h-8" onClick={() => setPanel(true)}>
        <Flag aria-hidden /> Planning{openMilestones > 0 ? ` · ${openMilestones} ${openMilestones === 1 ? "milestone" : "milestones"}` : ""}
      </Button>
      <Button size="sm" variant="outline" className="h-8" onClick={() => setTimeline(true)}>
        <GanttChart aria-hidden /> Timeline
      </Button>
      {timeline && <TimelineDialog boardId={boardId} open={timeline} onOpenChange={setTimeline} />}
      {panel && <PlanningDialog boardId={boardId} canEdit={canEdit} open={panel} onOpenChange={setPanel} />}
      {burning && current && <BurndownDialog sprint={current} open={burning} onOpenChange={setBurning} />}
      {completing && current && (
        <CompleteSprintDialog sprint={current} sprints={sprints.data ?? []} open={completing} onOpenChange={setCompleting} />
      )}
    </div>
  );
}
