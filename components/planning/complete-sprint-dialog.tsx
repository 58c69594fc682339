"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { api, ok } from "@/lib/api-client/client";
import type { SprintJson } from "@/lib/api-client/types";
import { usePlanningMutation, useSprints } from "./use-planning";

const BACKLOG = "backlog";

/** Completing a sprint: where its unfinished cards go (a next sprint or the backlog), and whether the goal was met. */
export function CompleteSprintDialog({
  sprint: given,
  sprints,
  open,
  onOpenChange,
}: {
  sprint: SprintJson;
  sprints: SprintJson[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  // Fresh numbers: cards may have been finished since the list was loaded.
  const fresh = useSprints(given.board_id);
  const { refetch } = fresh;
  useEffect(() => void refetch(), [refetch]);
  const sprint = fresh.data?.find((s) => s.id === given.id) ?? given;
  const candidates = sprints
    .filter((s) => s.id !== sprint.id && (s.status === "draft" || s.status === "planned"))
    .sort((a, b) => (a.start_date ?? "9999").localeCompare(b.start_date ?? "9999") || a.id.localeCompare(b.id));
  const unfinished = sprint.progress.cards_total - sprint.progress.cards_done;
  const [target, setTarget] = useState(candidates[0]?.id ?? BACKLOG);
  const [chosenGoal, setGoal] = useState<boolean | null>(null);
  const goal = chosenGoal ?? unfinished === 0;
  const complete = usePlanningMutation(sprint.board_id, "complete the sprint", () =>
    ok(
      api.POST("/v1/sprints/{id}/complete", {
        params: { path: { id: sprint.id } },
        body: target === BACKLOG ? { unfinished: "backlog", goal_achieved: goal } : { next_sprint_id: target, goal_achieved: goal },
      }),
    ),
  );
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent data-testid="complete-sprint-dialog">
        <DialogHeader>
          <DialogTitle>Complete {sprint.name}</DialogTitle>
          <DialogDescription>
            {sprint.progress.cards_done} of {sprint.progress.cards_total} cards done.{" "}
            {unfinished > 0 ? `${unfinished} unfinished ${unfinished === 1 ? "card" : "cards"} will move.` : "Nothing is left over."}
          </DialogDescription>
        </DialogHeader>
        <div className="space-y-4">
          <div className="space-y-1.5">
            <Label htmlFor="carry-over">Move unfinished cards to</Label>
            <Select value={target} onValueChange={setTarget}>
              <SelectTrigger id="carry-over" className="w-full" aria-label="Move unfinished cards to">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {candidates.map((s) => (
                  <SelectItem key={s.id} value={s.id}>
                    {s.name}
                  </SelectItem>
                ))}
                <SelectItem value={BACKLOG}>The backlog (no sprint)</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <div className="flex items-center gap-2">
            <Checkbox id="goal-achieved" checked={goal} onCheckedChange={(v) => setGoal(v === true)} />
            <Label htmlFor="goal-achieved">The sprint goal was achieved</Label>
          </div>
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button disabled={complete.isPending} onClick={() => complete.mutate(undefined, { onSuccess: () => onOpenChange(false) })}>
            Complete sprint
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
