import type { CardJson, SprintJson } from "@/lib/api-client/types";

export type BurndownPoint = { day: string; ideal: number; remaining: number | null };

const DAY = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A sprint's burndown, one point per day (UTC) from its start to its end: the ideal line from the
 * committed total down to 0, and what remained at the end of each day up to today (null after:
 * the future has no actuals). Measured in estimate points when any card of the sprint has one,
 * otherwise in cards. A card counts as done from the day it was completed.
 */
export function burndown(sprint: Pick<SprintJson, "id" | "start_date" | "end_date">, cards: CardJson[], now = new Date()): BurndownPoint[] {
  if (!sprint.start_date) return [];
  const inSprint = cards.filter((c) => c.sprint_id === sprint.id);
  const byPoints = inSprint.some((c) => c.estimate !== null);
  const weight = (c: CardJson) => (byPoints ? (c.estimate ?? 0) : 1);
  const total = inSprint.reduce((sum, c) => sum + weight(c), 0);
  const start = new Date(`${sprint.start_date}T00:00:00Z`).getTime();
  const end = new Date(`${sprint.end_date ?? dayOf(now)}T00:00:00Z`).getTime();
  const days = Math.max(0, Math.round((end - start) / DAY)) + 1;
  const today = dayOf(now);
  return Array.from({ length: days }, (_, i) => {
    const day = dayOf(new Date(start + i * DAY));
    const remaining =
      day > today
        ? null
        : inSprint
            .filter((c) => !c.completed || !c.completed_at || c.completed_at.slice(0, 10) > day)
            .reduce((sum, c) => sum + weight(c), 0);
    return { day, ideal: days === 1 ? 0 : Math.round((total - (total * i) / (days - 1)) * 100) / 100, remaining };
  });
}

export const burndownUnit = (cards: CardJson[], sprintId: string) =>
  cards.some((c) => c.sprint_id === sprintId && c.estimate !== null) ? "points" : "cards";
