"use client";

import { useQuery } from "@tanstack/react-query";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";

/** Polls GET /v1/imports/{id} twice a second until the import has completed or failed. */
export function useImportStatus(id: string | null) {
  return useQuery({
    queryKey: queryKeys.imports(id ?? ""),
    queryFn: () => ok(api.GET("/v1/imports/{id}", { params: { path: { id: id! } } })),
    enabled: id !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === "completed" || status === "failed" ? false : 500;
    },
  });
}
