import type { CardJson } from "@/lib/api-client/types";

/** The board's filter: one query in the filter language, kept in the URL (`?q=`). */
export type BoardFilters = { q: string };

export const NO_FILTERS: BoardFilters = { q: "" };

export function isFiltering(f: BoardFilters): boolean {
  return Boolean(f.q.trim());
}

/** Plain words: the board narrows by them itself, at once (anything else is the server's to answer). */
export function cardMatches(card: CardJson, f: BoardFilters): boolean {
  const words = f.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${card.title}\n${card.description}`.toLowerCase();
  return words.every((w) => text.includes(w));
}
