"use client";

import { useRef } from "react";
import type { CardJson, ListJson } from "@/lib/api-client/types";
import type { CardsByList } from "./card-order";

const EMPTY: CardJson[] = [];

/**
 * Each list's cards, keeping the previous array when none of its cards changed: the memoized
 * columns then skip rendering, so a move on a 1 000-card board re-renders two lists, not twenty.
 */
export function useStableCardLists(lists: ListJson[], items: CardsByList, cardsById: Map<string, CardJson>): Record<string, CardJson[]> {
  const previous = useRef<Record<string, CardJson[]>>({});
  const next: Record<string, CardJson[]> = {};
  for (const list of lists) {
    const cards = (items[list.id] ?? []).map((id) => cardsById.get(id)).filter((c): c is CardJson => c !== undefined);
    const before = previous.current[list.id];
    next[list.id] =
      before && before.length === cards.length && before.every((c, i) => c === cards[i]) ? before : cards.length ? cards : EMPTY;
  }
  previous.current = next;
  return next;
}
