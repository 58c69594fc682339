"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { BoardJson, CreateBoardInput, Schemas, UpdateBoardInput } from "@/lib/api-client/types";

type BoardPage = Schemas["BoardPage"];
const boardsKey = queryKeys.boards.list;

export function useBoards(active = true) {
  return useQuery({
    queryKey: boardsKey(active),
    queryFn: ({ signal }) => ok(api.GET("/v1/boards", { params: { query: { limit: 100, active: active ? "true" : "false" } }, signal })),
  });
}

/** Creates a board, showing it at once and rolling back if the server refuses. */
export function useCreateBoard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBoardInput) => ok(api.POST("/v1/boards", { body: input })),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: boardsKey(true) });
      const previous = queryClient.getQueryData<BoardPage>(boardsKey(true));
      const now = new Date().toISOString();
      const optimistic: BoardJson = {
        id: `pending_${now}`,
        workspace_id: "",
        name: input.name,
        description: input.description ?? "",
        active: true,
        created_by: null,
        created_at: now,
        updated_at: now,
      };
      queryClient.setQueryData<BoardPage>(boardsKey(true), (page) => ({
        items: [optimistic, ...(page?.items ?? [])],
        next_cursor: page?.next_cursor ?? null,
      }));
      return { previous };
    },
    onError: (_error, _input, context) => queryClient.setQueryData(boardsKey(true), context?.previous),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.boards.all }),
  });
}

/** Renames, archives (active: false) or restores a board, optimistically in every boards list. */
export function useUpdateBoard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateBoardInput }) =>
      ok(api.PATCH("/v1/boards/{id}", { params: { path: { id } }, body: patch })),
    onMutate: async ({ id, patch }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.boards.all });
      const previous = queryClient.getQueriesData<BoardPage>({ queryKey: queryKeys.boards.all });
      for (const [key, page] of previous) {
        if (!page) continue;
        const items = page.items
          .map((b) => (b.id === id ? { ...b, ...patch } : b))
          .filter((b) => patch.active === undefined || b.id !== id || b.active === (key[1] as { active: boolean }).active);
        queryClient.setQueryData<BoardPage>(key, { ...page, items });
      }
      return { previous };
    },
    onError: (_error, _vars, context) => {
      for (const [key, page] of context?.previous ?? []) queryClient.setQueryData(key, page);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.boards.all }),
  });
}

const RECENT_KEY = "tasktide:recent-boards";

/** Boards this browser opened, most recent first (ids only), so the index can lead with them. */
export function recentBoardIds(): string[] {
  try {
    return JSON.parse(localStorage.getItem(RECENT_KEY) ?? "[]") as string[];
  } catch {
    return [];
  }
}

export function rememberBoardVisit(boardId: string) {
  const ids = [boardId, ...recentBoardIds().filter((id) => id !== boardId)].slice(0, 50);
  localStorage.setItem(RECENT_KEY, JSON.stringify(ids));
}

/** Recently opened first, then most recently changed. */
export function sortRecentFirst(boards: BoardJson[], recent: string[]): BoardJson[] {
  const rank = new Map(recent.map((id, i) => [id, i]));
  return [...boards].sort((a, b) => {
    const ra = rank.get(a.id) ?? Infinity;
    const rb = rank.get(b.id) ?? Infinity;
    if (ra !== rb) return ra - rb;
    return b.updated_at.localeCompare(a.updated_at);
  });
}
