"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type Page } from "@/lib/browser/api-fetch";
import type { DeliveryDetailJson, DeliveryJson, DeliveryStatus } from "./webhook-api-types";
import { webhookKey, webhooksKey } from "./use-webhooks";

export type DeliveryFilters = { status?: DeliveryStatus; event?: string };

const base = (webhookId: string) => `/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries`;
export const deliveriesKey = (webhookId: string) => ["webhooks", webhookId, "deliveries"] as const;

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
    queryKey: [...deliveriesKey(webhookId), "list", filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (filters.status) params.set("status", filters.status);
      if (filters.event) params.set("event", filters.event);
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<Page<DeliveryJson>>(`${base(webhookId)}?${params}`, { signal });
    },
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((d) => d.status === "pending")) ? PENDING_POLL_MS : IDLE_POLL_MS,
  });
}

export function useDelivery(webhookId: string, deliveryId: string, pending: boolean) {
  return useQuery({
    queryKey: [...deliveriesKey(webhookId), "detail", deliveryId],
    queryFn: ({ signal }) => apiFetch<DeliveryDetailJson>(`${base(webhookId)}/${encodeURIComponent(deliveryId)}`, { signal }),
    refetchInterval: pending ? PENDING_POLL_MS : false,
  });
}

export function useRetryDelivery(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiFetch<DeliveryDetailJson>(`${base(webhookId)}/${encodeURIComponent(deliveryId)}/retry`, { method: "POST" }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: deliveriesKey(webhookId) });
      void queryClient.invalidateQueries({ queryKey: webhooksKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: webhookKey(webhookId), exact: true });
    },
  });
}
