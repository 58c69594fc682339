"use client";

import { useState } from "react";
import { CheckCircle2, RotateCcw, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { api, ok } from "@/lib/api-client/client";
import type { MilestoneJson, SprintJson } from "@/lib/api-client/types";
import { CompleteSprintDialog } from "./complete-sprint-dialog";
import { ProgressBar } from "./progress-bar";
import { useMilestones, usePlanningMutation, useSprints } from "./use-planning";

type Action = SprintJson["allowed_actions"][number];
const ACTION_LABELS: Record<Action, string> = {
  plan: "Plan",
  activate: "Activate",
  start_review: "Start review",
  complete: "Complete…",
  pause: "Pause",
  resume: "Resume",
};
const hours = (seconds: number) => `${Math.round((seconds / 3600) * 10) / 10} h`;

/** The board's planning panel: sprints with their lifecycle actions, and milestones with their progress. */
export function PlanningDialog({
  boardId,
  canEdit,
  open,
  onOpenChange,
}: {
  boardId: string;
  canEdit: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[88vh] overflow-y-auto sm:max-w-2xl" data-testid="planning-dialog">
        <DialogHeader>
          <DialogTitle>Planning</DialogTitle>
          <DialogDescription>Sprints and milestones of this board.</DialogDescription>
        </DialogHeader>
        <Tabs defaultValue="sprints">
          <TabsList>
            <TabsTrigger value="sprints">Sprints</TabsTrigger>
            <TabsTrigger value="milestones">Milestones</TabsTrigger>
          </TabsList>
          <TabsContent value="sprints" className="pt-3">
            <SprintsPanel boardId={boardId} canEdit={canEdit} />
          </TabsContent>
          <TabsContent value="milestones" className="pt-3">
            <MilestonesPanel boardId={boardId} canEdit={canEdit} />
          </TabsContent>
        </Tabs>
      </DialogContent>
    </Dialog>
  );
}

function SprintsPanel({ boardId, canEdit }: { boardId: string; canEdit: boolean }) {
  const sprints = useSprints(boardId);
  const [name, setName] = useState("");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [capacity, setCapacity] = useState("");
  const [completing, setCompleting] = useState<SprintJson | null>(null);
  const create = usePlanningMutation(boardId, "create the sprint", () =>
    ok(
      api.POST("/v1/sprints", {
        body: {
          board_id: boardId,
          name: name.trim(),
          start_date: start || null,
          end_date: end || null,
          capacity: capacity ? Number(capacity) : null,
        },
      }),
    ),
  );
  const act = usePlanningMutation(boardId, "change the sprint", ({ id, action }: { id: string; action: Exclude<Action, "complete"> }) =>
    ok(api.POST(`/v1/sprints/{id}/${action}`, { params: { path: { id } } })),
  );
  const remove = usePlanningMutation(boardId, "delete the sprint", (id: string) =>
    ok(api.DELETE("/v1/sprints/{id}", { params: { path: { id } } })),
  );
  const items = [...(sprints.data ?? [])].sort(
    (a, b) => (a.start_date ?? "9999").localeCompare(b.start_date ?? "9999") || a.id.localeCompare(b.id),
  );

  return (
    <div className="space-y-4">
      {sprints.isPending ? (
        <Skeleton className="h-20 w-full" />
      ) : sprints.error ? (
        <p className="text-sm text-destructive">Could not load sprints: {sprints.error.message}</p>
      ) : items.length === 0 ? (
        <p className="text-sm text-muted-foreground">No sprints yet. Create one to plan cards into it.</p>
      ) : (
        <ul className="divide-y rounded-lg border" aria-label="Sprints">
          {items.map((s) => (
            <li key={s.id} className="space-y-2 p-3" data-testid="sprint-row">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{s.name}</span>
                <span
                  className="rounded bg-muted px-1.5 py-0.5 text-[11px] font-medium text-muted-foreground"
                  data-testid="sprint-row-status"
                >
                  {s.status}
                </span>
                <span className="text-xs text-muted-foreground">
                  {s.start_date ?? "…"} – {s.end_date ?? "…"} · {s.progress.points_total}
                  {s.capacity !== null ? ` / ${s.capacity}` : ""} {s.capacity_unit} · {s.progress.cards_done}/{s.progress.cards_total} cards
                </span>
                {s.snapshot && (
                  <span className="text-xs text-muted-foreground">
                    · {s.snapshot.carried_over_cards} carried over{s.goal_achieved ? " · goal achieved" : ""}
                  </span>
                )}
              </div>
              <ProgressBar value={s.progress.cards_done} max={s.progress.cards_total} label={`${s.name} progress`} />
              {canEdit && (
                <div className="flex flex-wrap gap-1.5">
                  {s.allowed_actions.map((action) => (
                    <Button
                      key={action}
                      size="sm"
                      variant="outline"
                      className="h-7"
                      disabled={act.isPending}
                      onClick={() => (action === "complete" ? setCompleting(s) : act.mutate({ id: s.id, action }))}
                    >
                      {ACTION_LABELS[action]}
                    </Button>
                  ))}
                  <Button
                    size="sm"
                    variant="ghost"
                    className="h-7 text-muted-foreground"
                    aria-label={`Delete ${s.name}`}
                    onClick={() => remove.mutate(s.id)}
                  >
                    <Trash2 aria-hidden />
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          className="grid gap-2 rounded-lg border p-3 sm:grid-cols-2"
          aria-label="New sprint"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) create.mutate(undefined, { onSuccess: () => setName("") });
          }}
        >
          <div className="space-y-1 sm:col-span-2">
            <Label htmlFor="sprint-name">Sprint name</Label>
            <Input id="sprint-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="Sprint 1" />
          </div>
          <div className="space-y-1">
            <Label htmlFor="sprint-start">Start</Label>
            <Input id="sprint-start" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="sprint-end">End</Label>
            <Input id="sprint-end" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="sprint-capacity">Capacity (points)</Label>
            <Input id="sprint-capacity" type="number" min={0} value={capacity} onChange={(e) => setCapacity(e.target.value)} />
          </div>
          <div className="flex items-end">
            <Button type="submit" disabled={!name.trim() || create.isPending}>
              Create sprint
            </Button>
          </div>
        </form>
      )}
      {completing && <CompleteSprintDialog sprint={completing} sprints={items} open onOpenChange={(o) => !o && setCompleting(null)} />}
    </div>
  );
}

function MilestonesPanel({ boardId, canEdit }: { boardId: string; canEdit: boolean }) {
  const milestones = useMilestones(boardId);
  const [name, setName] = useState("");
  const [due, setDue] = useState("");
  const create = usePlanningMutation(boardId, "create the milestone", () =>
    ok(
      api.POST("/v1/milestones", {
        body: { board_id: boardId, name: name.trim(), due_at: due ? new Date(`${due}T00:00:00`).toISOString() : null },
      }),
    ),
  );
  const update = usePlanningMutation(boardId, "change the milestone", ({ id, status }: { id: string; status: MilestoneJson["status"] }) =>
    ok(api.PATCH("/v1/milestones/{id}", { params: { path: { id } }, body: { status } })),
  );
  const remove = usePlanningMutation(boardId, "delete the milestone", (id: string) =>
    ok(api.DELETE("/v1/milestones/{id}", { params: { path: { id } } })),
  );
  const items = [...(milestones.data ?? [])].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return (
    <div className="space-y-4">
      {milestones.isPending ? (
        <Skeleton className="h-20 w-full" />
      ) : milestones.error ? (
        <p className="text-sm text-destructive">Could not load milestones: {milestones.error.message}</p>
      ) : items.length === 0 ? (
        <p className="text-sm text-muted-foreground">No milestones yet.</p>
      ) : (
        <ul className="divide-y rounded-lg border" aria-label="Milestones">
          {items.map((m) => (
            <li key={m.id} className="space-y-2 p-3" data-testid="milestone-row">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{m.name}</span>
                {m.status === "done" && <CheckCircle2 className="size-4 text-success" aria-label="Done" />}
                <span className="text-xs text-muted-foreground">
                  {m.due_at ? `due ${new Date(m.due_at).toLocaleDateString()} · ` : ""}
                  {m.progress.cards_done}/{m.progress.cards_total} cards · {hours(m.progress.time_logged_seconds)} logged
                </span>
                {canEdit && (
                  <span className="ml-auto flex gap-1">
                    <Button
                      size="sm"
                      variant="outline"
                      className="h-7"
                      onClick={() => update.mutate({ id: m.id, status: m.status === "open" ? "done" : "open" })}
                    >
                      {m.status === "open" ? <CheckCircle2 aria-hidden /> : <RotateCcw aria-hidden />}{" "}
                      {m.status === "open" ? "Mark done" : "Reopen"}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="h-7 text-muted-foreground"
                      aria-label={`Delete ${m.name}`}
                      onClick={() => remove.mutate(m.id)}
                    >
                      <Trash2 aria-hidden />
                    </Button>
                  </span>
                )}
              </div>
              <ProgressBar value={m.progress.cards_done} max={m.progress.cards_total} label={`${m.name} progress`} />
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          className="flex flex-wrap items-end gap-2 rounded-lg border p-3"
          aria-label="New milestone"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) create.mutate(undefined, { onSuccess: () => setName("") });
          }}
        >
          <div className="min-w-40 flex-1 space-y-1">
            <Label htmlFor="milestone-name">Milestone name</Label>
            <Input id="milestone-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="v1.0" />
          </div>
          <div className="space-y-1">
            <Label htmlFor="milestone-due">Due</Label>
            <Input id="milestone-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
          <Button type="submit" disabled={!name.trim() || create.isPending}>
            Create milestone
          </Button>
        </form>
      )}
    </div>
  );
}
