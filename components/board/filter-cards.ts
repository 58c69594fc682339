import type { CardJson } from "@/lib/api-client/types";

export type DueFilter = "overdue" | "week" | "none";
export type BoardFilters = {
  q: string;
  assignee: string | null;
  tag: string | null;
  due: DueFilter | null;
  completed: "yes" | "no" | null;
};

export const NO_FILTERS: BoardFilters = { q: "", assignee: null, tag: null, due: null, completed: null };

export function isFiltering(f: BoardFilters): boolean {
  return Boolean(f.q.trim() || f.assignee || f.tag || f.due || f.completed);
}

function endOfWeek(now: Date): Date {
  const end = new Date(now);
  const daysToSunday = (7 - end.getDay()) % 7;
  end.setDate(end.getDate() + daysToSunday);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** The cards a person asked to see; `assignee` "me" is resolved by the caller to a user id. */
export function cardMatches(card: CardJson, f: BoardFilters, now = new Date()): boolean {
  const q = f.q.trim().toLowerCase();
  if (q && !card.title.toLowerCase().includes(q) && !card.description.toLowerCase().includes(q)) return false;
  if (f.assignee && !card.assignee_ids.includes(f.assignee)) return false;
  if (f.tag && !card.tag_ids.includes(f.tag)) return false;
  if (f.completed === "yes" && !card.completed) return false;
  if (f.completed === "no" && card.completed) return false;
  if (f.due) {
    const due = card.due_at ? new Date(card.due_at) : null;
    if (f.due === "none" && due) return false;
    if (f.due === "overdue" && (!due || card.completed || due >= now)) return false;
    if (f.due === "week" && (!due || due > endOfWeek(now))) return false;
  }
  return true;
}
