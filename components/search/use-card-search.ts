"use client";

import { useEffect, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";

/** `value`, once it has stopped changing for `ms`: one request per pause in typing, not per key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** GET /v1/search for what the person typed (trimmed, debounced); idle while it is empty. */
export function useCardSearch(typed: string) {
  const q = useDebounced(typed.trim(), 200);
  const query = useQuery({
    queryKey: queryKeys.search(q),
    queryFn: ({ signal }) => ok(api.GET("/v1/search", { params: { query: { q, limit: 20 } }, signal })),
    enabled: q.length > 0,
    // Keep the last hits on screen while the next ones load, so the list does not flash empty.
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
  return { ...query, settledQuery: q, pending: typed.trim() !== q || query.isFetching };
}
