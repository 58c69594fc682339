import { generateKeyBetween } from "fractional-indexing";

/**
 * A rank strictly between two neighbours' ranks (null = open end). Ranks are fractional-indexing
 * keys compared byte by byte (the rank column has the "C" collation), so a move writes one row.
 */
export function rankBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/**
 * The neighbours that a new rank must fall between to land at `index` among the *visible* items
 * (non-archived ones). `nextVisible` is the visible item now at `index` (null past the end);
 * `previousAny` is the item, archived or not, just before it. Hidden (archived) items keep their
 * ranks, so choosing the gap right before `nextVisible` keeps every rank in the container unique.
 */
export function rankForNeighbours(
  previousAny: { rank: string } | null | undefined,
  nextVisible: { rank: string } | null | undefined,
): string {
  return rankBetween(previousAny?.rank ?? null, nextVisible?.rank ?? null);
}
