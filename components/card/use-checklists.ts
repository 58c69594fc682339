"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { apiFetch, type Page } from "@/lib/browser/api-fetch";
import type { ChecklistItemJson, ChecklistJson } from "@/lib/checklists/schemas";

export const checklistsKey = (cardId: string) => ["checklists", cardId] as const;

export function useChecklists(cardId: string) {
  return useQuery({
    queryKey: checklistsKey(cardId),
    queryFn: async ({ signal }) => (await apiFetch<Page<ChecklistJson>>(`/v1/checklists?card_id=${cardId}&limit=100`, { signal })).items,
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
      return apiFetch<ChecklistJson>("/v1/checklists", { method: "POST", body: { card_id: cardId, title: a.title } });
    case "delete":
      return apiFetch(`/v1/checklists/${a.checklistId}`, { method: "DELETE" });
    case "addItem":
      return apiFetch<ChecklistItemJson>(`/v1/checklists/${a.checklistId}/items`, { method: "POST", body: { text: a.text } });
    case "toggleItem":
      return apiFetch(`/v1/checklists/${a.checklistId}/items/${a.itemId}`, { method: "PATCH", body: { completed: a.completed } });
    case "deleteItem":
      return apiFetch(`/v1/checklists/${a.checklistId}/items/${a.itemId}`, { method: "DELETE" });
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
            items: a.kind === "deleteItem" ? c.items.filter((i) => i.id !== a.itemId) : c.items.map((i) => (i.id === a.itemId ? { ...i, completed: a.completed } : i)),
          },
    );
  }
  return lists;
}

/** Every checklist change: optimistic where the result is known, rolled back with a toast on error. */
export function useChecklistAction(cardId: string, boardId: string) {
  const queryClient = useQueryClient();
  const key = checklistsKey(cardId);
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
      void queryClient.invalidateQueries({ queryKey: ["board", boardId, "events"] });
    },
  });
}
