"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { allPages, api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";

const PAGE = 50;

/** Cards matching a workspace-wide view: a saved filter (with its sort) or a typed query, 50 at a time. */
export function useViewCards(view: { savedFilterId?: string; q?: string }) {
  const key = view.savedFilterId ? `saved:${view.savedFilterId}` : `q:${view.q ?? ""}`;
  return useInfiniteQuery({
    queryKey: queryKeys.savedFilters.cards(key),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      ok(
        api.GET("/v1/cards", {
          params: {
            query: {
              limit: PAGE,
              cursor: pageParam,
              ...(view.savedFilterId ? { saved_filter_id: view.savedFilterId } : { q: view.q ?? "", sort: "due_at" }),
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

/** Board and list names by id, to say where each card of a cross-board view lives. */
export function usePlaceNames() {
  return useQuery({
    queryKey: queryKeys.savedFilters.places,
    queryFn: async ({ signal }) => {
      const [boards, lists] = await Promise.all([
        allPages((cursor) => ok(api.GET("/v1/boards", { params: { query: { limit: 100, cursor } }, signal }))),
        allPages((cursor) => ok(api.GET("/v1/lists", { params: { query: { limit: 100, cursor } }, signal }))),
      ]);
      return { boards: new Map(boards.map((b) => [b.id, b.name])), lists: new Map(lists.map((l) => [l.id, l.name])) };
    },
  });
}
