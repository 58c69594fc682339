"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";

/**
 * What "Replay missed events" would resend: GET …/recover/preview without a window counts the
 * skipped (webhook off) and failed (retries used up) deliveries since the last successful one;
 * `oldest_created_at` is the `since` that makes POST …/recover re-queue exactly those.
 */
export function useMissedEvents(webhookId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.webhooks.missed(webhookId),
    enabled,
    queryFn: ({ signal }) => ok(api.GET("/v1/webhooks/{id}/recover/preview", { params: { path: { id: webhookId } }, signal })),
  });
}

export function useRecoverDeliveries(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (since: string) => ok(api.POST("/v1/webhooks/{id}/recover", { params: { path: { id: webhookId } }, body: { since } })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.deliveries(webhookId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all });
    },
  });
}
