"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { allPages, api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";

export function useMilestones(boardId: string) {
  return useQuery({
    queryKey: queryKeys.board.milestones(boardId),
    queryFn: ({ signal }) =>
      allPages((cursor) => ok(api.GET("/v1/milestones", { params: { query: { board_id: boardId, limit: 100, cursor } }, signal }))),
  });
}

export function useSprints(boardId: string) {
  return useQuery({
    queryKey: queryKeys.board.sprints(boardId),
    queryFn: ({ signal }) =>
      allPages((cursor) => ok(api.GET("/v1/sprints", { params: { query: { board_id: boardId, limit: 100, cursor } }, signal }))),
  });
}

export function useBoardDependencies(boardId: string) {
  return useQuery({
    queryKey: queryKeys.board.dependencies(boardId),
    queryFn: ({ signal }) =>
      allPages((cursor) => ok(api.GET("/v1/dependencies", { params: { query: { board_id: boardId, limit: 100, cursor } }, signal }))),
  });
}

/**
 * A planning change: on success everything of the board is refetched (cards move between sprints,
 * the scheduler moves dates, progress changes), on failure the API's message is shown.
 */
export function usePlanningMutation<I, O>(boardId: string, what: string, fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.board.all(boardId) }),
    onError: (error) => toast.error(`Could not ${what}: ${error.message}`),
  });
}
