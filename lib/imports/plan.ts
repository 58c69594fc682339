/**
 * What an import makes, whatever the file was: one board (or, for a CSV, cards of an existing
 * board) in the order given. The parsers (from-trello.ts, from-tasktide.ts, from-csv.ts) build it
 * from a checked file; apply-plan.ts writes it in one transaction. Every text is already cut to the
 * API's limits, so applying a plan cannot fail on a value.
 */
export type PlanTag = { key: string; name: string; color: string };
export type PlanComment = { body: string; authorEmail: string | null; authorName: string; createdAt: string | null; quote: boolean };
export type PlanChecklist = { title: string; items: { text: string; completed: boolean }[] };
export type PlanCard = {
  title: string;
  description: string;
  dueAt: string | null;
  completed: boolean;
  archived: boolean;
  tagKeys: string[];
  assigneeEmails: string[];
  checklists: PlanChecklist[];
  comments: PlanComment[];
  links: { name: string; url: string }[];
};
export type PlanList = { name: string; archived: boolean; cards: PlanCard[] };
export type ImportPlan = {
  board: { name: string; description: string };
  tags: PlanTag[];
  lists: PlanList[];
  warnings: string[];
};

export const LIMITS = {
  boardName: 200,
  boardDescription: 20_000,
  listName: 200,
  cardTitle: 500,
  cardDescription: 50_000,
  tagName: 50,
  checklistTitle: 200,
  itemText: 1000,
  itemsPerChecklist: 500,
  comment: 10_000,
  linkName: 255,
  linkUrl: 2048,
  lists: 1000,
  cards: 20_000,
  tagsPerCard: 50,
  assigneesPerCard: 50,
} as const;

/** Trims and cuts a text to `max` characters (never splitting a surrogate pair), with a fallback for empty. */
export function clip(value: unknown, max: number, fallback = ""): string {
  const text = typeof value === "string" ? value.replaceAll("\u0000", "").trim() : "";
  const chars = Array.from(text);
  const cut = chars.length > max ? chars.slice(0, max).join("") : text;
  return cut || fallback;
}

/** An ISO instant, or null for anything that is not a valid date. */
export function instantOrNull(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const time = new Date(value).getTime();
  return Number.isFinite(time) && time > 0 ? new Date(time).toISOString() : null;
}

export function isWebUrl(value: unknown): value is string {
  if (typeof value !== "string" || value.length > LIMITS.linkUrl) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

export function countPlan(plan: ImportPlan): Record<string, number> {
  const cards = plan.lists.flatMap((l) => l.cards);
  return {
    lists: plan.lists.length,
    cards: cards.length,
    tags: plan.tags.length,
    checklists: cards.reduce((n, c) => n + c.checklists.length, 0),
    checklist_items: cards.reduce((n, c) => n + c.checklists.reduce((m, ch) => m + ch.items.length, 0), 0),
    comments: cards.reduce((n, c) => n + c.comments.length, 0),
    attachments: cards.reduce((n, c) => n + c.links.length, 0),
  };
}
