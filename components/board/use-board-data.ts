"use client";

import { useQuery } from "@tanstack/react-query";
import { allPages, api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import { fetchBoardSnapshot } from "./board-snapshot";

export function useBoard(boardId: string) {
  return useQuery({
    queryKey: queryKeys.board.detail(boardId),
    queryFn: ({ signal }) => ok(api.GET("/v1/boards/{id}", { params: { path: { id: boardId } }, signal })),
  });
}

export function useLists(boardId: string) {
  return useQuery({
    queryKey: queryKeys.board.lists(boardId),
    queryFn: ({ signal }) =>
      allPages((cursor) =>
        ok(api.GET("/v1/lists", { params: { query: { board_id: boardId, archived: "false", limit: 100, cursor } }, signal })),
      ),
  });
}

/**
 * The board's non-archived cards. The page's server render puts them in the cache (BoardSnapshotBoundary);
 * a refetch reads them from the snapshot too: one request, not a page of 100 after another.
 */
export function useCards(boardId: string) {
  return useQuery({
    queryKey: queryKeys.board.cards(boardId),
    queryFn: async ({ signal }) => (await fetchBoardSnapshot(boardId, signal)).cards,
  });
}

export function useTags(boardId: string) {
  return useQuery({
    queryKey: queryKeys.board.tags(boardId),
    queryFn: ({ signal }) =>
      allPages((cursor) => ok(api.GET("/v1/tags", { params: { query: { board_id: boardId, limit: 100, cursor } }, signal }))),
  });
}

/** Workspace members (GET /v1/users): assignees, avatars, the assignee filter. */
export function useMembers() {
  return useQuery({
    queryKey: queryKeys.members.all,
    queryFn: ({ signal }) => allPages((cursor) => ok(api.GET("/v1/users", { params: { query: { limit: 100, cursor } }, signal }))),
    staleTime: 60_000,
  });
}
