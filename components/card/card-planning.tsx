"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Input } from "@/components/ui/input";
import { useUpdateCard } from "@/components/board/use-card-mutations";
import { queryKeys } from "@/lib/api-client/query-keys";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useMilestones, useSprints } from "@/components/planning/use-planning";
import type { CardJson, UpdateCardInput } from "@/lib/api-client/types";
import { SidebarField } from "./sidebar-field";

const NONE = "none";

/** "2026-04-17T14:23" in the viewer's time zone, as <input type="datetime-local"> wants it. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The card's planning fields: milestone, sprint, estimate and start (the due date has its own field). */
export function CardPlanning({ card, canEdit }: { card: CardJson; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const updateCard = useUpdateCard(card.board_id);
  // Progress of sprints and milestones, and the dates the scheduler moved, change with the card: refetch the board's.
  const onSave = (patch: UpdateCardInput) =>
    updateCard.mutate(
      { cardId: card.id, patch },
      { onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.board.all(card.board_id) }) },
    );
  const milestones = useMilestones(card.board_id);
  const sprints = useSprints(card.board_id);
  const openSprints = (sprints.data ?? []).filter((s) => s.status !== "completed" || s.id === card.sprint_id);
  const milestone = milestones.data?.find((m) => m.id === card.milestone_id);
  const sprint = sprints.data?.find((s) => s.id === card.sprint_id);
  if (!canEdit) {
    return (
      <SidebarField label="Planning">
        <p className="text-sm text-muted-foreground">
          {milestone ? `Milestone ${milestone.name}` : "No milestone"} · {sprint ? sprint.name : "Backlog"}
          {card.estimate !== null ? ` · ${card.estimate} pts` : ""}
        </p>
      </SidebarField>
    );
  }
  return (
    <>
      <SidebarField label="Milestone">
        <Select value={card.milestone_id ?? NONE} onValueChange={(v) => onSave({ milestone_id: v === NONE ? null : v })}>
          <SelectTrigger className="h-8 w-full text-[13px]" aria-label="Milestone">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={NONE}>No milestone</SelectItem>
            {(milestones.data ?? []).map((m) => (
              <SelectItem key={m.id} value={m.id}>
                {m.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </SidebarField>
      <SidebarField label="Sprint">
        <Select value={card.sprint_id ?? NONE} onValueChange={(v) => onSave({ sprint_id: v === NONE ? null : v })}>
          <SelectTrigger className="h-8 w-full text-[13px]" aria-label="Sprint">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={NONE}>Backlog (no sprint)</SelectItem>
            {openSprints.map((s) => (
              <SelectItem key={s.id} value={s.id}>
                {s.name} ({s.status})
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </SidebarField>
      <SidebarField label="Estimate">
        <Input
          type="number"
          min={0}
          step="0.5"
          aria-label="Estimate"
          className="h-8 text-[13px]"
          key={`estimate-${card.estimate}`}
          defaultValue={card.estimate ?? ""}
          onBlur={(e) => {
            const next = e.target.value === "" ? null : Number(e.target.value);
            if (next !== card.estimate && (next === null || Number.isFinite(next))) onSave({ estimate: next });
          }}
        />
      </SidebarField>
      <SidebarField label="Start">
        <Input
          type="datetime-local"
          aria-label="Start date"
          className="h-8 text-[13px]"
          key={`start-${card.start_at}`}
          defaultValue={card.start_at ? toLocalInput(card.start_at) : ""}
          onBlur={(e) => {
            const next = e.target.value ? new Date(e.target.value).toISOString() : null;
            if (next !== card.start_at && !(next && card.start_at && Date.parse(next) === Date.parse(card.start_at)))
              onSave({ start_at: next });
          }}
          data-testid="card-start-input"
        />
      </SidebarField>
    </>
  );
}
