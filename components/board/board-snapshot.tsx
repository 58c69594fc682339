"use client";

import { useMemo } from "react";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys, workspaceQueryKeyHash } from "@/lib/api-client/query-keys";
import type { Schemas } from "@/lib/api-client/types";

export type BoardSnapshotJson = Schemas["BoardSnapshot"];

/** GET /v1/boards/{id}/snapshot: the whole board in one request. */
export function fetchBoardSnapshot(boardId: string, signal?: AbortSignal): Promise<BoardSnapshotJson> {
  return ok(api.GET("/v1/boards/{id}/snapshot", { params: { path: { id: boardId } }, signal }));
}

/**
 * The snapshot as the board's caches hold it: each piece under the key (and in the shape) its
 * own query uses, so the hooks of use-board-data.ts, the mutations and their optimistic updates
 * work on it unchanged.
 */
function snapshotEntries(boardId: string, snapshot: BoardSnapshotJson) {
  return [
    [queryKeys.board.detail(boardId), snapshot.board],
    [queryKeys.board.lists(boardId), snapshot.lists],
    [queryKeys.board.cards(boardId), snapshot.cards],
    [queryKeys.board.tags(boardId), snapshot.tags],
    [queryKeys.members.all, snapshot.members],
  ] as const;
}

/**
 * Puts the snapshot the server read for this render into the browser's cache, so the board is
 * drawn on the first paint (and in the server's HTML) instead of after a round of requests.
 * HydrationBoundary merges by time: entries the cache lacks are written during render, entries
 * older than the snapshot after commit, newer ones (a change made since) are kept.
 *
 * The dehydrated state is built here, not on the server, because cache keys are hashed with the
 * page's pinned workspace (lib/api-client/query-keys.ts), which only the browser knows; the
 * server hands over plain data and the time it read it.
 */
export function BoardSnapshotBoundary({
  boardId,
  snapshot,
  children,
}: {
  boardId: string;
  snapshot: { data: BoardSnapshotJson; at: number } | null;
  children: React.ReactNode;
}) {
  const state = useMemo(() => {
    if (!snapshot) return undefined;
    const staging = new QueryClient({ defaultOptions: { queries: { queryKeyHashFn: workspaceQueryKeyHash } } });
    for (const [key, data] of snapshotEntries(boardId, snapshot.data)) staging.setQueryData(key, data, { updatedAt: snapshot.at });
    return dehydrate(staging);
  }, [boardId, snapshot]);
  return <HydrationBoundary state={state}>{children}</HydrationBoundary>;
}
