import { apiFetch, type Page } from "@/lib/browser/api-fetch";

/** React Query keys for one board's data; everything under ["board", id] is that board's. */
export const boardKeys = {
  all: (boardId: string) => ["board", boardId] as const,
  board: (boardId: string) => ["board", boardId, "board"] as const,
  lists: (boardId: string) => ["board", boardId, "lists"] as const,
  archivedLists: (boardId: string) => ["board", boardId, "lists", "archived"] as const,
  cards: (boardId: string) => ["board", boardId, "cards"] as const,
  archivedCards: (boardId: string) => ["board", boardId, "cards", "archived"] as const,
  tags: (boardId: string) => ["board", boardId, "tags"] as const,
  events: (boardId: string, cardId?: string) => ["board", boardId, "events", cardId ?? "all"] as const,
};

export const membersKey = ["members"] as const;

/**
 * Every page of a /v1 list, in order. A board is read whole (1 000 cards is 10 pages of 100), so
 * filters and drag and drop work on the complete picture without another round trip.
 */
export async function fetchAllPages<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  const separator = path.includes("?") ? "&" : "?";
  do {
    const url: string = `${path}${separator}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page: Page<T> = await apiFetch<Page<T>>(url, { signal });
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}
