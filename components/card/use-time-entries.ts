"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useViewer } from "@/components/app-shell/viewer-context";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { CreateTimeEntryInput, TimeEntryJson } from "@/lib/api-client/types";

const runningTimerKey = queryKeys.time.running;

/** The viewer's running timer (one per person and workspace), or null. */
export function useRunningTimer() {
  const viewer = useViewer();
  return useQuery({
    queryKey: runningTimerKey,
    queryFn: async ({ signal }) => {
      const page = await ok(api.GET("/v1/time_entries", { params: { query: { user_id: viewer.id, running: "true", limit: 1 } }, signal }));
      return page.items[0] ?? null;
    },
    staleTime: 30_000,
  });
}

export function useCardTimeEntries(cardId: string) {
  return useQuery({
    queryKey: queryKeys.time.card(cardId),
    queryFn: async ({ signal }) => {
      const [entries, totals] = await Promise.all([
        ok(api.GET("/v1/time_entries", { params: { query: { card_id: cardId, limit: 100 } }, signal })),
        ok(api.GET("/v1/time_entries/totals", { params: { query: { card_id: cardId } }, signal })),
      ]);
      return { entries: entries.items, totalSeconds: totals.total_seconds };
    },
  });
}

function useRefreshTime() {
  const queryClient = useQueryClient();
  return (cardId?: string) => {
    void queryClient.invalidateQueries({ queryKey: runningTimerKey });
    if (cardId) void queryClient.invalidateQueries({ queryKey: queryKeys.time.card(cardId) });
    void queryClient.invalidateQueries({ predicate: (q) => queryKeys.isBoardEvents(q.queryKey) });
  };
}

/** Start on a card, stop whichever runs; the header and the card show it at once. */
export function useTimerActions() {
  const queryClient = useQueryClient();
  const refresh = useRefreshTime();
  const start = useMutation({
    mutationFn: (cardId: string) => ok(api.POST("/v1/time_entries/start", { body: { card_id: cardId } })),
    onSuccess: (entry) => {
      queryClient.setQueryData(runningTimerKey, entry);
      refresh(entry.card_id);
    },
    onError: (error) => toast.error(`Could not start the timer: ${error.message}`),
  });
  const stop = useMutation({
    mutationFn: () => ok(api.POST("/v1/time_entries/stop")),
    onMutate: () => {
      const running = queryClient.getQueryData<TimeEntryJson | null>(runningTimerKey);
      queryClient.setQueryData(runningTimerKey, null);
      return { running };
    },
    onError: (error, _v, context) => {
      queryClient.setQueryData(runningTimerKey, context?.running ?? null);
      toast.error(`Could not stop the timer: ${error.message}`);
    },
    onSuccess: (entry) => refresh(entry.card_id),
  });
  return { start, stop };
}

export function useAddTimeEntry(cardId: string) {
  const refresh = useRefreshTime();
  return useMutation({
    mutationFn: (input: Omit<CreateTimeEntryInput, "card_id">) => ok(api.POST("/v1/time_entries", { body: { card_id: cardId, ...input } })),
    onSuccess: () => refresh(cardId),
    onError: (error) => toast.error(`Could not add the time entry: ${error.message}`),
  });
}

export function useDeleteTimeEntry(cardId: string) {
  const refresh = useRefreshTime();
  return useMutation({
    mutationFn: (entryId: string) => ok(api.DELETE("/v1/time_entries/{id}", { params: { path: { id: entryId } } })),
    onSuccess: () => refresh(cardId),
    onError: (error) => toast.error(`Could not delete the time entry: ${error.message}`),
  });
}

/** 1:05:09 for running clocks, 2h 5m for totals. */
export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  if (h === 0) return `${m}m`;
  return m ? `${h}h ${m}m` : `${h}h`;
}
