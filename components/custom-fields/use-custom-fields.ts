"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { allPages, api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { CreateCustomFieldInput, CustomFieldJson, UpdateCustomFieldInput } from "@/lib/api-client/types";

const byPosition = (fields: CustomFieldJson[]) => [...fields].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));

/** A board's custom field definitions (every page of GET /v1/xattr?board_id=), in their board order. */
export function useCustomFields(boardId: string) {
  return useQuery({
    queryKey: queryKeys.board.customFields(boardId),
    queryFn: async ({ signal }) =>
      byPosition(
        await allPages((cursor) => ok(api.GET("/v1/xattr", { params: { query: { board_id: boardId, limit: 100, cursor } }, signal }))),
      ),
    staleTime: 30_000,
  });
}

/** The list with `id` moved to index `to` and every position renumbered, as the server does. */
function moveField(fields: CustomFieldJson[], id: string, to: number): CustomFieldJson[] {
  const order = fields.filter((f) => f.id !== id);
  const moved = fields.find((f) => f.id === id);
  if (!moved) return fields;
  order.splice(Math.max(0, Math.min(to, order.length)), 0, moved);
  return order.map((f, position) => (f.position === position ? f : { ...f, position }));
}

/** POST /v1/xattr: the field joins the list when the server answers (it picks the ids of the options). */
export function useCreateCustomField(boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.board.customFields(boardId);
  return useMutation({
    mutationFn: (input: Omit<CreateCustomFieldInput, "board_id">) => ok(api.POST("/v1/xattr", { body: { ...input, board_id: boardId } })),
    onSuccess: (field) => {
      queryClient.setQueryData<CustomFieldJson[]>(key, (fields = []) => byPosition([...fields.filter((f) => f.id !== field.id), field]));
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => toast.error(`Could not add the field: ${error.message}`),
  });
}

/**
 * PATCH /v1/xattr/{id}: renames, show_on_card and moves show at once and roll back with a toast if
 * the server refuses; option changes too (new options wait for the server's ids).
 */
export function useUpdateCustomField(boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.board.customFields(boardId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateCustomFieldInput }) =>
      ok(api.PATCH("/v1/xattr/{id}", { params: { path: { id } }, body: patch })),
    onMutate: async ({ id, patch }) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<CustomFieldJson[]>(key);
      if (previous) {
        let next = previous.map((f) =>
          f.id === id
            ? {
                ...f,
                ...(patch.name !== undefined ? { name: patch.name } : {}),
                ...(patch.show_on_card !== undefined ? { show_on_card: patch.show_on_card } : {}),
                ...(patch.options && patch.options.every((o) => o.id)
                  ? { options: patch.options.map((o) => ({ id: o.id!, name: o.name, color: o.color, archived: o.archived ?? false })) }
                  : {}),
              }
            : f,
        );
        if (patch.position !== undefined) next = moveField(next, id, patch.position);
        queryClient.setQueryData(key, next);
      }
      return { previous };
    },
    onError: (error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast.error(`Could not save the field: ${error.message}`);
    },
    onSuccess: (field, { patch }) => {
      queryClient.setQueryData<CustomFieldJson[]>(key, (fields = []) => fields.map((f) => (f.id === field.id ? field : f)));
      // A move renumbers the others on the server: read them back.
      if (patch.position !== undefined) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** DELETE /v1/xattr/{id}: the field and its values leave the board's cards at once. */
export function useDeleteCustomField(boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.board.customFields(boardId);
  const cardsKey = queryKeys.board.cards(boardId);
  return useMutation({
    mutationFn: (id: string) => ok(api.DELETE("/v1/xattr/{id}", { params: { path: { id } } })),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const previous = queryClient.getQueryData<CustomFieldJson[]>(key);
      if (previous) {
        queryClient.setQueryData(
          key,
          previous.filter((f) => f.id !== id).map((f, position) => ({ ...f, position })),
        );
      }
      return { previous };
    },
    onError: (error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast.error(`Could not delete the field: ${error.message}`);
    },
    onSuccess: () => {
      toast.success("Field deleted");
      // The server cleared the field's values on every card: read the cards back.
      void queryClient.invalidateQueries({ queryKey: cardsKey });
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
