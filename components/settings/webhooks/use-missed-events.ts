"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import { toast } from "@/components/ui/toaster";

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

/**
 * After a webhook is turned back on (from the list's toggle or a notice): if it missed events
 * while off, a toast offers "Replay N missed events" — the same replay the log page's banner has.
 */
export function useOfferReplay(webhookId: string) {
  const recover = useRecoverDeliveries(webhookId);
  return async (enabledMessage: string) => {
    const preview = await ok(api.GET("/v1/webhooks/{id}/recover/preview", { params: { path: { id: webhookId } } })).catch(() => null);
    const since = preview?.oldest_created_at;
    if (!preview || preview.count === 0 || !since) {
      toast.success(enabledMessage);
      return;
    }
    const label = `Replay ${preview.count} missed ${preview.count === 1 ? "event" : "events"}`;
    toast.success(enabledMessage, {
      duration: 15_000,
      action: {
        label,
        onClick: () =>
          void recover
            .mutateAsync(since)
            .then(({ requeued }) => toast.success(`${requeued} ${requeued === 1 ? "event" : "events"} queued for delivery`))
            .catch((error: Error) => toast.error(error.message)),
      },
    });
  };
}
