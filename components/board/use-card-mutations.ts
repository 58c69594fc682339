"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { CardJson, UpdateCardInput } from "@/lib/api-client/types";
import { applyCardMove, removeCard } from "./card-order";

/** The board's cards as they will be after this PATCH body; `list_id` + `position` together are a move. */
function optimisticCards(cards: CardJson[], cardId: string, patch: UpdateCardInput): CardJson[] {
  let next = cards;
  if (patch.list_id !== undefined || patch.position !== undefined) {
    const card = cards.find((c) => c.id === cardId);
    if (card) next = applyCardMove(next, cardId, patch.list_id ?? card.list_id, patch.position ?? Number.MAX_SAFE_INTEGER);
  }
  if (patch.archived) return removeCard(next, cardId);
  const { list_id: _l, position: _p, fields: values, ...rest } = patch;
  return next.map((c) =>
    c.id === cardId
      ? {
          ...c,
          ...rest,
          ...(values ? { fields: mergeFieldValues(c.fields, values) } : {}),
          ...(patch.completed !== undefined ? { completed_at: patch.completed ? new Date().toISOString() : null } : {}),
        }
      : c,
  );
}

/** A card's custom field values after a PATCH's `fields` (null, "", [] and false clear, as the server does). */
function mergeFieldValues(current: CardJson["fields"], patch: Record<string, unknown>): CardJson["fields"] {
  const next = { ...current };
  for (const [id, value] of Object.entries(patch)) {
    if (value === null || value === "" || value === false || (Array.isArray(value) && value.length === 0)) delete next[id];
    else next[id] = value as CardJson["fields"][string];
  }
  return next;
}

/**
 * PATCH /v1/cards/{id}: the board and the card dialog change at once, roll back with a toast if
 * the server refuses, and take the server's card when it answers.
 */
export function useUpdateCard(boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.board.cards(boardId);
  return useMutation({
    /** `previous`: the cache before a change the caller already applied (drag and drop does, to avoid a flash). */
    mutationFn: ({ cardId, patch }: { cardId: string; patch: UpdateCardInput; previous?: CardJson[] }) =>
      ok(api.PATCH("/v1/cards/{id}", { params: { path: { id: cardId } }, body: patch })),
    onMutate: async ({ cardId, patch, previous: applied }) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = applied ?? queryClient.getQueryData<CardJson[]>(key);
      const current = queryClient.getQueryData<CardJson[]>(key);
      if (current && !applied) queryClient.setQueryData<CardJson[]>(key, optimisticCards(current, cardId, patch));
      const previousCard = queryClient.getQueryData<CardJson>(queryKeys.card(cardId));
      if (previousCard)
        queryClient.setQueryData<CardJson>(queryKeys.card(cardId), {
          ...previousCard,
          ...patch,
          fields: patch.fields ? mergeFieldValues(previousCard.fields, patch.fields) : previousCard.fields,
        } as CardJson);
      return { previous, previousCard };
    },
    onError: (error, { cardId }, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      if (context?.previousCard) queryClient.setQueryData(queryKeys.card(cardId), context.previousCard);
      toast.error(`Could not save the card: ${error.message}`);
    },
    onSuccess: (card) => {
      queryClient.setQueryData(queryKeys.card(card.id), card);
      queryClient.setQueryData<CardJson[]>(key, (cards) => {
        if (!cards) return cards;
        if (card.archived) return cards.filter((c) => c.id !== card.id);
        // Keep our renumbered positions (they match the server's); take every other field from it.
        return cards.some((c) => c.id === card.id) ? cards.map((c) => (c.id === card.id ? { ...card, position: c.position } : c)) : cards;
      });
      if (card.archived) void queryClient.invalidateQueries({ queryKey: queryKeys.board.archivedCards(boardId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.events(boardId, card.id) });
    },
  });
}

/** POST /v1/cards, shown at the end of its list before the server answers. */
export function useCreateCard(boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.board.cards(boardId);
  return useMutation({
    mutationFn: (input: { list_id: string; title: string; tempId: string }) =>
      ok(api.POST("/v1/cards", { body: { list_id: input.list_id, title: input.title } })),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const now = new Date().toISOString();
      queryClient.setQueryData<CardJson[]>(key, (cards = []) => {
        const position = cards.filter((c) => c.list_id === input.list_id).length;
        const pending: CardJson = {
          id: input.tempId,
          workspace_id: "",
          board_id: boardId,
          list_id: input.list_id,
          title: input.title,
          description: "",
          position,
          start_at: null,
          due_at: null,
          completed: false,
          completed_at: null,
          archived: false,
          assignee_ids: [],
          tag_ids: [],
          created_by: null,
          cover_file_id: null,
          attachment_count: 0,
          milestone_id: null,
          sprint_id: null,
          estimate: null,
          fields: {},
          created_at: now,
          updated_at: now,
        };
        return [...cards, pending];
      });
    },
    onError: (error, input) => {
      queryClient.setQueryData<CardJson[]>(key, (cards = []) => cards.filter((c) => c.id !== input.tempId));
      toast.error(`Could not add the card: ${error.message}`);
    },
    onSuccess: (card, input) => {
      queryClient.setQueryData<CardJson[]>(key, (cards = []) =>
        cards.map((c) => (c.id === input.tempId ? { ...card, position: c.position } : c)),
      );
    },
  });
}

export const isPendingId = (id: string) => id.startsWith("pending_");
