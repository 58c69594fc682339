"use client";

import { useQuery } from "@tanstack/react-query";
import { useBoardLookups } from "@/components/board/board-context";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { CardJson } from "@/lib/cards/schemas";

/** The card from the board already loaded (instant), or GET /v1/cards/{id} for a deep link to one that is not (archived). */
export function useCard(cardId: string) {
  const fromBoard = useBoardLookups().cardsById.get(cardId);
  const single = useQuery({
    queryKey: ["card", cardId],
    queryFn: ({ signal }) => apiFetch<CardJson>(`/v1/cards/${cardId}`, { signal }),
    enabled: !fromBoard,
  });
  return { card: fromBoard ?? single.data, error: fromBoard ? null : single.error, isPending: !fromBoard && single.isPending };
}
