"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { CreateWebhookInput, Schemas, UpdateWebhookInput, WebhookJson } from "@/lib/api-client/types";

type WebhookPage = Schemas["WebhookPage"];
const webhooksKey = queryKeys.webhooks.all;
const webhookKey = queryKeys.webhooks.detail;
const byId = (id: string) => ({ params: { path: { id } } });

/**
 * At most 20 webhooks per workspace (webhooks.md), so one page of 100 is all of them. Each carries
 * its health (last_delivery_*), so the list stays current with one request every 10 s, every 3 s
 * while a delivery is on its way.
 */
export function useWebhooks() {
  return useQuery({
    queryKey: webhooksKey,
    queryFn: ({ signal }) => ok(api.GET("/v1/webhooks", { params: { query: { limit: 100 } }, signal })),
    refetchInterval: (query) => (query.state.data?.items.some((w) => w.last_delivery_status === "pending") ? 3000 : 10_000),
  });
}

export function useWebhook(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: webhookKey(id),
    queryFn: ({ signal }) => ok(api.GET("/v1/webhooks/{id}", { ...byId(id), signal })),
    // The list usually has it already: paint the header at once.
    initialData: () => queryClient.getQueryData<WebhookPage>(webhooksKey)?.items.find((w) => w.id === id),
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
    mutationFn: (input: CreateWebhookInput) => ok(api.POST("/v1/webhooks", { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}

export function useUpdateWebhook(id: string) {
  const invalidate = useInvalidateWebhook();
  return useMutation({
    mutationFn: (input: UpdateWebhookInput) => ok(api.PATCH("/v1/webhooks/{id}", { ...byId(id), body: input })),
    onSettled: () => invalidate(),
  });
}

/** Flips `active` in every cached copy at once and puts it back if the server refuses. */
export function useToggleWebhook(id: string) {
  const queryClient = useQueryClient();
  const setActive = (active: boolean) => {
    // As the server will answer: a pause is the admin's, a resume clears who turned it off.
    const patch = { active, disabled_by: active ? null : ("admin" as const) };
    queryClient.setQueryData<WebhookPage>(webhooksKey, (page) =>
      page ? { ...page, items: page.items.map((w) => (w.id === id ? { ...w, ...patch } : w)) } : page,
    );
    queryClient.setQueryData<WebhookJson>(webhookKey(id), (w) => (w ? { ...w, ...patch } : w));
  };
  return useMutation({
    mutationFn: (active: boolean) => ok(api.PATCH("/v1/webhooks/{id}", { ...byId(id), body: { active } })),
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
    mutationFn: () => ok(api.DELETE("/v1/webhooks/{id}", byId(id))),
    onSuccess: () => {
      queryClient.setQueryData<WebhookPage>(webhooksKey, (page) =>
        page ? { ...page, items: page.items.filter((w) => w.id !== id) } : page,
      );
      queryClient.removeQueries({ queryKey: webhookKey(id) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhooksKey, exact: true }),
  });
}

export function useTestWebhook(id: string) {
  const invalidate = useInvalidateWebhook();
  return useMutation({
    mutationFn: (event: string) => ok(api.POST("/v1/webhooks/{id}/test", { ...byId(id), body: event === "webhook.test" ? {} : { event } })),
    onSettled: () => invalidate(id),
  });
}

export function useRotateSecret(id: string) {
  const invalidate = useInvalidateWebhook();
  return useMutation({
    mutationFn: ({ gracePeriodSeconds, secret }: { gracePeriodSeconds: number; secret?: string }) =>
      ok(
        api.POST("/v1/webhooks/{id}/rotate_secret", {
          ...byId(id),
          body: { grace_period_seconds: gracePeriodSeconds, ...(secret ? { secret } : {}) },
        }),
      ),
    onSettled: () => invalidate(),
  });
}

/** Dismisses the "turned off automatically" notice (POST …/acknowledge); the webhook stays off. */
export function useAcknowledgeDisabled(id: string) {
  const invalidate = useInvalidateWebhook();
  return useMutation({
    mutationFn: () => ok(api.POST("/v1/webhooks/{id}/acknowledge", byId(id))),
    onSettled: () => invalidate(),
  });
}
