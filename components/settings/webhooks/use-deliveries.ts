"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { DeliveryFilters } from "@/lib/api-client/types";

export type { DeliveryFilters };

const PAGE_SIZE = 25;
const PENDING_POLL_MS = 2000;
// New deliveries come from changes made anywhere (other tabs, scripts): look for them every 5 s.
const IDLE_POLL_MS = 5000;

/**
 * The delivery log, newest first, "Load more" by cursor. While any loaded row is pending, every
 * loaded page is refetched every 2 s, so retries and results show up without a reload.
 */
export function useDeliveries(webhookId: string, filters: DeliveryFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.webhooks.deliveryList(webhookId, filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      ok(
        api.GET("/v1/webhooks/{id}/deliveries", {
          params: {
            path: { id: webhookId },
            query: { limit: PAGE_SIZE, status: filters.status, event: filters.event || undefined, cursor: pageParam },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((d) => d.status === "pending")) ? PENDING_POLL_MS : IDLE_POLL_MS,
  });
}

export function useDelivery(webhookId: string, deliveryId: string, pending: boolean) {
  return useQuery({
    queryKey: queryKeys.webhooks.delivery(webhookId, deliveryId),
    queryFn: ({ signal }) =>
      ok(api.GET("/v1/webhooks/{id}/deliveries/{delivery_id}", { params: { path: { id: webhookId, delivery_id: deliveryId } }, signal })),
    refetchInterval: pending ? PENDING_POLL_MS : false,
  });
}

export function useRetryDelivery(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      ok(api.POST("/v1/webhooks/{id}/deliveries/{delivery_id}/retry", { params: { path: { id: webhookId, delivery_id: deliveryId } } })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.deliveries(webhookId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all, exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.detail(webhookId), exact: true });
    },
  });
}
