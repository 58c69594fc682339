"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, type Page } from "@/lib/browser/api-fetch";
import type { DeliveryDetailJson, WebhookInput, WebhookJson, WebhookWithSecretJson } from "./webhook-api-types";

export const webhooksKey = ["webhooks"] as const;
export const webhookKey = (id: string) => ["webhooks", id] as const;

const base = (id: string) => `/v1/webhooks/${encodeURIComponent(id)}`;

/**
 * At most 20 webhooks per workspace (webhooks.md), so one page of 100 is all of them. Each carries
 * its health (last_delivery_*), so the list stays current with one request every 10 s, every 3 s
 * while a delivery is on its way.
 */
export function useWebhooks() {
  return useQuery({
    queryKey: webhooksKey,
    queryFn: ({ signal }) => apiFetch<Page<WebhookJson>>("/v1/webhooks?limit=100", { signal }),
    refetchInterval: (query) => (query.state.data?.items.some((w) => w.last_delivery_status === "pending") ? 3000 : 10_000),
  });
}

export function useWebhook(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: webhookKey(id),
    queryFn: ({ signal }) => apiFetch<WebhookJson>(base(id), { signal }),
    // The list usually has it already: paint the header at once.
    initialData: () => queryClient.getQueryData<Page<WebhookJson>>(webhooksKey)?.items.find((w) => w.id === id),
    initialDataUpdatedAt: () => queryClient.getQueryState(webhooksKey)?.dataUpdatedAt,
  });
}

function useInvalidateWebhook() {
  const queryClient = useQueryClient();
  return (id?: string) => queryClient.invalidateQueries({ queryKey: id ? webhookKey(id) : webhooksKey });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WebhookInput) => apiFetch<WebhookWithSecretJson>("/v1/webhooks", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}

export function useUpdateWebhook(id: string) {
  const invalidate = useInvalidateWebhook();
  return useMutation({
    mutationFn: (input: Partial<WebhookInput>) => apiFetch<WebhookJson>(base(id), { method: "PATCH", body: input }),
    onSettled: () => invalidate(),
  });
}

/** Flips `active` in every cached copy at once and puts it back if the server refuses. */
export function useToggleWebhook(id: string) {
  const queryClient = useQueryClient();
  const setActive = (active: boolean) => {
    // As the server will answer: a pause is the admin's, a resume clears who turned it off.
    const patch = { active, disabled_by: active ? null : ("admin" as const) };
    queryClient.setQueryData<Page<WebhookJson>>(webhooksKey, (page) =>
      page ? { ...page, items: page.items.map((w) => (w.id === id ? { ...w, ...patch } : w)) } : page,
    );
    queryClient.setQueryData<WebhookJson>(webhookKey(id), (w) => (w ? { ...w, ...patch } : w));
  };
  return useMutation({
    mutationFn: (active: boolean) => apiFetch<WebhookJson>(base(id), { method: "PATCH", body: { active } }),
    onMutate: async (active) => {
      await queryClient.cancelQueries({ queryKey: webhooksKey });
      setActive(active);
    },
    onError: (_error, active) => setActive(!active),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}

export function useDeleteWebhook(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>(base(id), { method: "DELETE" }),
    onSuccess: () => {
      queryClient.setQueryData<Page<WebhookJson>>(webhooksKey, (page) => (page ? { ...page, items: page.items.filter((w) => w.id !== id) } : page));
      queryClient.removeQueries({ queryKey: webhookKey(id) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhooksKey, exact: true }),
  });
}

export function useTestWebhook(id: string) {
  const invalidate = useInvalidateWebhook();
  return useMutation({
    mutationFn: (event: string) =>
      apiFetch<DeliveryDetailJson>(`${base(id)}/test`, { method: "POST", body: event === "webhook.test" ? {} : { event } }),
    onSettled: () => invalidate(id),
  });
}

export function useRotateSecret(id: string) {
  const invalidate = useInvalidateWebhook();
  return useMutation({
    mutationFn: (gracePeriodSeconds: number) =>
      apiFetch<WebhookWithSecretJson>(`${base(id)}/rotate_secret`, { method: "POST", body: { grace_period_seconds: gracePeriodSeconds } }),
    onSettled: () => invalidate(),
  });
}
