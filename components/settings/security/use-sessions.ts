"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { SessionJson } from "@/lib/api-client/types";

/** The account's live sessions (the first 100). */
export function useSessions() {
  return useQuery({
    queryKey: queryKeys.sessions,
    queryFn: ({ signal }) => ok(api.GET("/v1/sessions", { params: { query: { limit: 100 } }, signal })),
  });
}

/** Ends a session; ending this browser's own goes to the sign-in page. */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: Pick<SessionJson, "id" | "device" | "current">) =>
      ok(api.DELETE("/v1/sessions/{id}", { params: { path: { id } } })),
    onSuccess: (_data, session) => {
      if (session.current) {
        window.location.assign("/sign-in");
        return;
      }
      toast.success(`Signed out ${session.device}`);
    },
    onError: (error, session) => toast.error(`Could not end the session on ${session.device}: ${error.message}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}
