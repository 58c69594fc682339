"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { allPages, api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { CommentJson } from "@/lib/api-client/types";

export function useComments(cardId: string) {
  return useQuery({
    queryKey: queryKeys.comments(cardId),
    queryFn: ({ signal }) =>
      allPages((cursor) => ok(api.GET("/v1/comments", { params: { query: { card_id: cardId, limit: 100, cursor } }, signal }))),
  });
}

type Action =
  | { kind: "add"; body: string; tempId: string; author: { id: string; name: string } }
  | { kind: "edit"; id: string; body: string }
  | { kind: "delete"; id: string };

/** Add, edit and delete comments, shown at once and rolled back if the server refuses. */
export function useCommentAction(cardId: string, boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.comments(cardId);
  return useMutation({
    mutationFn: (a: Action) =>
      a.kind === "add"
        ? ok(api.POST("/v1/comments", { body: { card_id: cardId, body: a.body } }))
        : a.kind === "edit"
          ? ok(api.PATCH("/v1/comments/{id}", { params: { path: { id: a.id } }, body: { body: a.body } }))
          : ok(api.DELETE("/v1/comments/{id}", { params: { path: { id: a.id } } })),
    onMutate: async (a) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<CommentJson[]>(key);
      const now = new Date().toISOString();
      queryClient.setQueryData<CommentJson[]>(key, (list = []) =>
        a.kind === "add"
          ? [
              ...list,
              { id: a.tempId, card_id: cardId, body: a.body, author_id: a.author.id, author: a.author, created_at: now, edited_at: null },
            ]
          : a.kind === "edit"
            ? list.map((c) => (c.id === a.id ? { ...c, body: a.body, edited_at: now } : c))
            : list.filter((c) => c.id !== a.id),
      );
      return { previous };
    },
    onError: (error, _a, context) => {
      queryClient.setQueryData(key, context?.previous);
      toast.error(`Could not save the comment: ${error.message}`);
    },
    onSuccess: (result, a) => {
      if (a.kind === "add" && result)
        queryClient.setQueryData<CommentJson[]>(key, (list = []) => list.map((c) => (c.id === a.tempId ? result : c)));
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.allEvents(boardId) });
    },
  });
}
