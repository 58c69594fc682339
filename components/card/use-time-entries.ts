"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useViewer } from "@/components/app-shell/viewer-context";
import { toast } from "@/components/ui/toaster";
import { apiFetch, type Page } from "@/lib/browser/api-fetch";
import type { TimeEntryJson, TotalsJson } from "@/lib/time-entries/schemas";

export const runningTimerKey = ["time", "running"] as const;
export const cardTimeKey = (cardId: string) => ["time", "card", cardId] as const;

/** The viewer's running timer (one per person and workspace), or null. */
export function useRunningTimer() {
  const viewer = useViewer();
  return useQuery({
    queryKey: runningTimerKey,
    queryFn: async ({ signal }) => {
      const page = await apiFetch<Page<TimeEntryJson>>(`/v1/time_entries?user_id=${viewer.id}&running=true&limit=1`, { signal });
      return page.items[0] ?? null;
    },
    staleTime: 30_000,
  });
}

export function useCardTimeEntries(cardId: string) {
  return useQuery({
    queryKey: cardTimeKey(cardId),
    queryFn: async ({ signal }) => {
      const [entries, totals] = await Promise.all([
        apiFetch<Page<TimeEntryJson>>(`/v1/time_entries?card_id=${cardId}&limit=100`, { signal }),
        apiFetch<TotalsJson>(`/v1/time_entries/totals?card_id=${cardId}`, { signal }),
      ]);
      return { entries: entries.items, totalSeconds: totals.total_seconds };
    },
  });
}

function useRefreshTime() {
  const queryClient = useQueryClient();
  return (cardId?: string) => {
    void queryClient.invalidateQueries({ queryKey: runningTimerKey });
    if (cardId) void queryClient.invalidateQueries({ queryKey: cardTimeKey(cardId) });
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === "board" && q.queryKey[2] === "events" });
  };
}

/** Start on a card, stop whichever runs; the header and the card show it at once. */
export function useTimerActions() {
  const queryClient = useQueryClient();
  const refresh = useRefreshTime();
  const start = useMutation({
    mutationFn: (cardId: string) => apiFetch<TimeEntryJson>("/v1/time_entries/start", { method: "POST", body: { card_id: cardId } }),
    onSuccess: (entry) => {
      queryClient.setQueryData(runningTimerKey, entry);
      refresh(entry.card_id);
    },
    onError: (error) => toast.error(`Could not start the timer: ${error.message}`),
  });
  const stop = useMutation({
    mutationFn: () => apiFetch<TimeEntryJson>("/v1/time_entries/stop", { method: "POST" }),
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
    mutationFn: (input: { started_at: string; duration_seconds: number; note?: string }) =>
      apiFetch<TimeEntryJson>("/v1/time_entries", { method: "POST", body: { card_id: cardId, ...input } }),
    onSuccess: () => refresh(cardId),
    onError: (error) => toast.error(`Could not add the time entry: ${error.message}`),
  });
}

export function useDeleteTimeEntry(cardId: string) {
  const refresh = useRefreshTime();
  return useMutation({
    mutationFn: (entryId: string) => apiFetch<void>(`/v1/time_entries/${entryId}`, { method: "DELETE" }),
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
