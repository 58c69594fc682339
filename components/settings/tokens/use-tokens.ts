"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { apiFetch, type Page } from "@/lib/browser/api-fetch";
import type { CreatedTokenJson, CreateTokenInput, TokenJson } from "@/lib/tokens/schemas";

export const tokensKey = ["tokens"] as const;

/** The signed-in user's live tokens (the first 100; nobody needs more personal tokens). */
export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: ({ signal }) => apiFetch<Page<TokenJson>>("/v1/tokens?limit=100", { signal }),
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => apiFetch<CreatedTokenJson>("/v1/tokens", { method: "POST", body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

/**
 * Revokes and drops the row at once; puts it back if the server refuses. The toasts live here,
 * not at the call site: the row (and its button) is gone before the server answers, and
 * per-call callbacks of an unmounted component never run.
 */
export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: Pick<TokenJson, "id" | "name">) => apiFetch<void>(`/v1/tokens/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onMutate: async ({ id }) => {
      await queryClient.cancelQueries({ queryKey: tokensKey });
      const previous = queryClient.getQueryData<Page<TokenJson>>(tokensKey);
      queryClient.setQueryData<Page<TokenJson>>(tokensKey, (page) => page && { ...page, items: page.items.filter((t) => t.id !== id) });
      return { previous };
    },
    onSuccess: (_data, token) => toast.success(`Revoked ${token.name}`),
    onError: (error, token, context) => {
      queryClient.setQueryData(tokensKey, context?.previous);
      toast.error(`Could not revoke ${token.name}: ${error.message}`);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
