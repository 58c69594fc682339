"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { allPages, api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { SavedFilterJson, Schemas } from "@/lib/api-client/types";

/** A view nobody has to save: the defaults every board and the Views page offer. */
export type BuiltInView = { key: string; name: string; query: string };

export const BUILT_IN_VIEWS: BuiltInView[] = [
  { key: "mine", name: "My cards", query: "assignee:me is:open" },
  { key: "week", name: "Due this week", query: "due:<7d is:open" },
];

const byPosition = (a: SavedFilterJson, b: SavedFilterJson) => a.position - b.position || a.name.localeCompare(b.name);

/** A board's saved filters (`boardId`), or the workspace-wide ones (`null`), the caller's and the shared. */
export function useSavedFilters(boardId: string | null) {
  return useQuery({
    queryKey: queryKeys.savedFilters.board(boardId),
    queryFn: async ({ signal }) => {
      const query = boardId ? { board_id: boardId } : { workspace_wide: "true" as const };
      const items = await allPages((cursor) =>
        ok(api.GET("/v1/saved_filters", { params: { query: { ...query, limit: 100, cursor } }, signal })),
      );
      return items.sort(byPosition);
    },
  });
}

export function useSaveFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["CreateSavedFilterInput"]) => ok(api.POST("/v1/saved_filters", { body })),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.savedFilters.all });
      toast.success(`Saved view “${saved.name}”`);
    },
  });
}

export function useDeleteSavedFilter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (filter: SavedFilterJson) => ok(api.DELETE("/v1/saved_filters/{id}", { params: { path: { id: filter.id } } })),
    onSuccess: (_, filter) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.savedFilters.all });
      toast.success(`Deleted view “${filter.name}”`);
    },
    onError: (error) => toast.error(error.message),
  });
}
