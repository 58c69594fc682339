"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { updateSearchParams } from "./board-url";
import type { BoardFilters, DueFilter } from "./filter-cards";

const DUE: readonly DueFilter[] = ["overdue", "week", "none"];

/** Filters live in the URL (?q=&assignee=&tag=&due=&completed=): shareable, kept on reload. */
export function useBoardFilters(): [BoardFilters, (change: Partial<BoardFilters>) => void] {
  const params = useSearchParams();
  const filters = useMemo<BoardFilters>(() => {
    const due = params.get("due") as DueFilter | null;
    const completed = params.get("completed");
    return {
      q: params.get("q") ?? "",
      assignee: params.get("assignee"),
      tag: params.get("tag"),
      due: due && DUE.includes(due) ? due : null,
      completed: completed === "yes" || completed === "no" ? completed : null,
    };
  }, [params]);

  const setFilters = useCallback((change: Partial<BoardFilters>) => {
    updateSearchParams((p) => {
      for (const [key, value] of Object.entries(change)) {
        if (value === null || value === "" || value === undefined) p.delete(key);
        else p.set(key, String(value));
      }
    }, "replace");
  }, []);

  return [filters, setFilters];
}
