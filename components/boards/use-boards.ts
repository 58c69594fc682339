"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type Page } from "@/lib/browser/api-fetch";
import type { BoardJson } from "@/lib/boards/schemas";

export const boardsKey = (active: boolean) => ["boards", { active }] as const;

export function useBoards(active = true) {
  return useQuery({
    queryKey: boardsKey(active),
    queryFn: ({ signal }) => apiFetch<Page<BoardJson>>(`/v1/boards?limit=100&active=${active}`, { signal }),
  });
}

/** Creates a board, showing it at once and rolling back if the server refuses. */
export function useCreateBoard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; description?: string }) => apiFetch<BoardJson>("/v1/boards", { method: "POST", body: input }),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: boardsKey(true) });
      const previous = queryClient.getQueryData<Page<BoardJson>>(boardsKey(true));
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
      queryClient.setQueryData<Page<BoardJson>>(boardsKey(true), (page) => ({ items: [optimistic, ...(page?.items ?? [])], next_cursor: page?.next_cursor ?? null }));
      return { previous };
    },
    onError: (_error, _input, context) => queryClient.setQueryData(boardsKey(true), context?.previous),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["boards"] }),
  });
}

/** Renames, archives (active: false) or restores a board, optimistically in every boards list. */
export function useUpdateBoard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: { name?: string; active?: boolean } }) => apiFetch<BoardJson>(`/v1/boards/${id}`, { method: "PATCH", body: patch }),
    onMutate: async ({ id, patch }) => {
      await queryClient.cancelQueries({ queryKey: ["boards"] });
      const previous = queryClient.getQueriesData<Page<BoardJson>>({ queryKey: ["boards"] });
      for (const [key, page] of previous) {
        if (!page) continue;
        const items = page.items.map((b) => (b.id === id ? { ...b, ...patch } : b)).filter((b) => patch.active === undefined || b.id !== id || b.active === (key[1] as { active: boolean }).active);
        queryClient.setQueryData<Page<BoardJson>>(key, { ...page, items });
      }
      return { previous };
    },
    onError: (_error, _vars, context) => {
      for (const [key, page] of context?.previous ?? []) queryClient.setQueryData(key, page);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["boards"] }),
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
