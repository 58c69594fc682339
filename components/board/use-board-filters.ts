"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { updateSearchParams } from "./board-url";
import type { BoardFilters } from "./filter-cards";

/** The filter lives in the URL (?q=): shareable, kept on reload; pickers and chips rewrite the same query. */
export function useBoardFilters(): [BoardFilters, (change: Partial<BoardFilters>) => void] {
  const params = useSearchParams();
  const filters = useMemo<BoardFilters>(() => ({ q: params.get("q") ?? "" }), [params]);
  const setFilters = useCallback((change: Partial<BoardFilters>) => {
    updateSearchParams((p) => {
      if (change.q === undefined) return;
      if (change.q.trim() === "") p.delete("q");
      else p.set("q", change.q);
    }, "replace");
  }, []);
  return [filters, setFilters];
}
