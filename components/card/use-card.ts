"use client";

import { useQuery } from "@tanstack/react-query";
import { useBoardLookups } from "@/components/board/board-context";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";

/** The card from the board already loaded (instant), or GET /v1/cards/{id} for a deep link to one that is not (archived). */
export function useCard(cardId: string) {
  const fromBoard = useBoardLookups().cardsById.get(cardId);
  const single = useQuery({
    queryKey: queryKeys.card(cardId),
    queryFn: ({ signal }) => ok(api.GET("/v1/cards/{id}", { params: { path: { id: cardId } }, signal })),
    enabled: !fromBoard,
  });
  return { card: fromBoard ?? single.data, error: fromBoard ? null : single.error, isPending: !fromBoard && single.isPending };
}
