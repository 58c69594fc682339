"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { CreateTokenInput, Schemas, TokenJson } from "@/lib/api-client/types";

const tokensKey = queryKeys.tokens;

/** The signed-in user's live tokens (the first 100; nobody needs more personal tokens). */
export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: ({ signal }) => ok(api.GET("/v1/tokens", { params: { query: { limit: 100 } }, signal })),
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => ok(api.POST("/v1/tokens", { body: input })),
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
    mutationFn: ({ id }: Pick<TokenJson, "id" | "name">) => ok(api.DELETE("/v1/tokens/{id}", { params: { path: { id } } })),
    onMutate: async ({ id }) => {
      await queryClient.cancelQueries({ queryKey: tokensKey });
      const previous = queryClient.getQueryData<Schemas["TokenPage"]>(tokensKey);
      queryClient.setQueryData<Schemas["TokenPage"]>(
        tokensKey,
        (page) => page && { ...page, items: page.items.filter((t) => t.id !== id) },
      );
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
