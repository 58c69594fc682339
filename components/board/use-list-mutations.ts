"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { ListJson, UpdateListInput } from "@/lib/api-client/types";
import { applyListMove } from "./card-order";

/** PATCH /v1/lists/{id}: rename, reorder (one request per move), archive or restore. */
export function useUpdateList(boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.board.lists(boardId);
  return useMutation({
    mutationFn: ({ listId, patch }: { listId: string; patch: UpdateListInput; previous?: ListJson[] }) =>
      ok(api.PATCH("/v1/lists/{id}", { params: { path: { id: listId } }, body: patch })),
    onMutate: async ({ listId, patch, previous: applied }) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      if (applied) return { previous: applied };
      const previous = queryClient.getQueryData<ListJson[]>(key);
      if (previous) {
        let next = patch.position !== undefined ? applyListMove(previous, listId, patch.position) : previous;
        if (patch.archived) next = applyListMove(next, listId, Number.MAX_SAFE_INTEGER).filter((l) => l.id !== listId);
        if (patch.name !== undefined) next = next.map((l) => (l.id === listId ? { ...l, name: patch.name! } : l));
        queryClient.setQueryData(key, next);
      }
      return { previous };
    },
    onError: (error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast.error(`Could not save the list: ${error.message}`);
    },
    onSuccess: (list, { patch }) => {
      if (patch.archived !== undefined) {
        void queryClient.invalidateQueries({ queryKey: key });
        void queryClient.invalidateQueries({ queryKey: queryKeys.board.cards(boardId) });
      } else {
        queryClient.setQueryData<ListJson[]>(key, (lists) => lists?.map((l) => (l.id === list.id ? { ...list, position: l.position } : l)));
      }
    },
  });
}

/** POST /v1/lists at the end of the board, shown at once. */
export function useCreateList(boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.board.lists(boardId);
  return useMutation({
    mutationFn: (input: { name: string; tempId: string }) => ok(api.POST("/v1/lists", { body: { board_id: boardId, name: input.name } })),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const now = new Date().toISOString();
      queryClient.setQueryData<ListJson[]>(key, (lists = []) => [
        ...lists,
        {
          id: input.tempId,
          workspace_id: "",
          board_id: boardId,
          name: input.name,
          position: lists.length,
          archived: false,
          created_by: null,
          created_at: now,
          updated_at: now,
        },
      ]);
    },
    onError: (error, input) => {
      queryClient.setQueryData<ListJson[]>(key, (lists = []) => lists.filter((l) => l.id !== input.tempId));
      toast.error(`Could not add the list: ${error.message}`);
    },
    onSuccess: (list, input) => {
      queryClient.setQueryData<ListJson[]>(key, (lists = []) => lists.map((l) => (l.id === input.tempId ? list : l)));
    },
  });
}
