"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { ChecklistJson } from "@/lib/api-client/types";

export function useChecklists(cardId: string) {
  return useQuery({
    queryKey: queryKeys.checklists(cardId),
    queryFn: async ({ signal }) =>
      (await ok(api.GET("/v1/checklists", { params: { query: { card_id: cardId, limit: 100 } }, signal }))).items,
  });
}

type Action =
  | { kind: "create"; title: string }
  | { kind: "delete"; checklistId: string }
  | { kind: "addItem"; checklistId: string; text: string }
  | { kind: "toggleItem"; checklistId: string; itemId: string; completed: boolean }
  | { kind: "deleteItem"; checklistId: string; itemId: string };

function request(cardId: string, a: Action): Promise<unknown> {
  switch (a.kind) {
    case "create":
      return ok(api.POST("/v1/checklists", { body: { card_id: cardId, title: a.title } }));
    case "delete":
      return ok(api.DELETE("/v1/checklists/{id}", { params: { path: { id: a.checklistId } } }));
    case "addItem":
      return ok(api.POST("/v1/checklists/{id}/items", { params: { path: { id: a.checklistId } }, body: { text: a.text } }));
    case "toggleItem":
      return ok(
        api.PATCH("/v1/checklists/{id}/items/{item_id}", {
          params: { path: { id: a.checklistId, item_id: a.itemId } },
          body: { completed: a.completed },
        }),
      );
    case "deleteItem":
      return ok(api.DELETE("/v1/checklists/{id}/items/{item_id}", { params: { path: { id: a.checklistId, item_id: a.itemId } } }));
  }
}

function optimistic(lists: ChecklistJson[], a: Action): ChecklistJson[] {
  if (a.kind === "delete") return lists.filter((c) => c.id !== a.checklistId);
  if (a.kind === "toggleItem" || a.kind === "deleteItem") {
    return lists.map((c) =>
      c.id !== a.checklistId
        ? c
        : {
            ...c,
            items:
              a.kind === "deleteItem"
                ? c.items.filter((i) => i.id !== a.itemId)
                : c.items.map((i) => (i.id === a.itemId ? { ...i, completed: a.completed } : i)),
          },
    );
  }
  return lists;
}

/** Every checklist change: optimistic where the result is known, rolled back with a toast on error. */
export function useChecklistAction(cardId: string, boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.checklists(cardId);
  return useMutation({
    mutationFn: (a: Action) => request(cardId, a),
    onMutate: async (a) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ChecklistJson[]>(key);
      if (previous) queryClient.setQueryData(key, optimistic(previous, a));
      return { previous };
    },
    onError: (error, _a, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast.error(`Could not save the checklist: ${error.message}`);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.allEvents(boardId) });
    },
  });
}
