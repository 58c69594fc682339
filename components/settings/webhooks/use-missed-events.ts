"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { RecoverPreviewJson } from "./webhook-api-types";
import { deliveriesKey } from "./use-deliveries";
import { webhooksKey } from "./use-webhooks";

/**
 * What "Replay missed events" would resend: GET …/recover/preview without a window counts the
 * skipped (webhook off) and failed (retries used up) deliveries since the last successful one;
 * `oldest_created_at` is the `since` that makes POST …/recover re-queue exactly those.
 */
export function useMissedEvents(webhookId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...deliveriesKey(webhookId), "missed"],
    enabled,
    queryFn: ({ signal }) => apiFetch<RecoverPreviewJson>(`/v1/webhooks/${encodeURIComponent(webhookId)}/recover/preview`, { signal }),
  });
}

export function useRecoverDeliveries(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (since: string) =>
      apiFetch<{ requeued: number }>(`/v1/webhooks/${encodeURIComponent(webhookId)}/recover`, { method: "POST", body: { since } }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: deliveriesKey(webhookId) });
      void queryClient.invalidateQueries({ queryKey: webhooksKey });
    },
  });
}
