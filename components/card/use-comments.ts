"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { CommentJson } from "@/lib/comments/schemas";
import { fetchAllPages } from "@/components/board/board-keys";

export const commentsKey = (cardId: string) => ["comments", cardId] as const;

export function useComments(cardId: string) {
  return useQuery({ queryKey: commentsKey(cardId), queryFn: ({ signal }) => fetchAllPages<CommentJson>(`/v1/comments?card_id=${cardId}`, signal) });
}

type Action = { kind: "add"; body: string; tempId: string; author: { id: string; name: string } } | { kind: "edit"; id: string; body: string } | { kind: "delete"; id: string };

/** Add, edit and delete comments, shown at once and rolled back if the server refuses. */
export function useCommentAction(cardId: string, boardId: string) {
  const queryClient = useQueryClient();
  const key = commentsKey(cardId);
  return useMutation({
    mutationFn: (a: Action) =>
      a.kind === "add"
        ? apiFetch<CommentJson>("/v1/comments", { method: "POST", body: { card_id: cardId, body: a.body } })
        : a.kind === "edit"
          ? apiFetch<CommentJson>(`/v1/comments/${a.id}`, { method: "PATCH", body: { body: a.body } })
          : apiFetch<undefined>(`/v1/comments/${a.id}`, { method: "DELETE" }),
    onMutate: async (a) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<CommentJson[]>(key);
      const now = new Date().toISOString();
      queryClient.setQueryData<CommentJson[]>(key, (list = []) =>
        a.kind === "add"
          ? [...list, { id: a.tempId, card_id: cardId, body: a.body, author_id: a.author.id, author: a.author, created_at: now, edited_at: null }]
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
      if (a.kind === "add" && result) queryClient.setQueryData<CommentJson[]>(key, (list = []) => list.map((c) => (c.id === a.tempId ? result : c)));
      void queryClient.invalidateQueries({ queryKey: ["board", boardId, "events"] });
    },
  });
}
