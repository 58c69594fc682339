"use client";

import { useMemo } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDebounced } from "@/components/search/use-card-search";
import { allPages, api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { FilterNode } from "@/lib/filters/ast";
import { FilterSyntaxError } from "@/lib/filters/errors";
import { parseFilter } from "@/lib/filters/parse";
import { checkTerms } from "@/lib/filters/terms";

/** Plain words (no terms, quotes, OR, parentheses or negation): the board filters those itself, at once. */
function isPlainText(tree: FilterNode | null): boolean {
  if (!tree) return true;
  if (tree.kind === "text") return !tree.phrase;
  return tree.kind === "and" && tree.children.every((c) => c.kind === "text" && !c.phrase);
}

export type ServerFilter =
  | { mode: "text" }
  | { mode: "invalid"; message: string }
  | { mode: "query"; ids: Set<string> | null; pending: boolean; error: Error | null };

/**
 * The board's typed filter: plain words stay a substring filter in the browser; anything in the
 * filter language (`tag:design -is:done`, OR, quotes) is checked here for an early message with
 * its position, then evaluated by the server (GET /v1/cards?board_id=&q=), which answers the ids.
 */
export function useServerFilter(boardId: string, typed: string): ServerFilter {
  const q = useDebounced(typed.trim(), 250);
  const parsed = useMemo(() => {
    try {
      const tree = parseFilter(q);
      const problems = checkTerms(tree, new Date());
      if (problems.length) return { invalid: problems.map((p) => p.message).join("; ") };
      return { plain: isPlainText(tree) };
    } catch (error) {
      if (error instanceof FilterSyntaxError) return { invalid: error.message };
      throw error;
    }
  }, [q]);
  const enabled = !parsed.invalid && parsed.plain === false;
  const query = useQuery({
    queryKey: queryKeys.board.cardFilter(boardId, q),
    queryFn: async ({ signal }) => {
      const cards = await allPages((cursor) =>
        ok(api.GET("/v1/cards", { params: { query: { board_id: boardId, q, limit: 100, cursor } }, signal })),
      );
      return new Set(cards.map((c) => c.id));
    },
    enabled,
    placeholderData: keepPreviousData,
  });
  if (parsed.invalid) return { mode: "invalid", message: parsed.invalid };
  if (!enabled) return { mode: "text" };
  return { mode: "query", ids: query.data ?? null, pending: query.isFetching || typed.trim() !== q, error: query.error };
}
