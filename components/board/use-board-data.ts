"use client";

import { useQuery } from "@tanstack/react-query";
import type { BoardJson } from "@/lib/boards/schemas";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { CardJson } from "@/lib/cards/schemas";
import type { ListJson } from "@/lib/lists/schemas";
import type { MemberJson } from "@/lib/members/schemas";
import type { TagJson } from "@/lib/tags/schemas";
import { boardKeys, fetchAllPages, membersKey } from "./board-keys";

export function useBoard(boardId: string) {
  return useQuery({ queryKey: boardKeys.board(boardId), queryFn: ({ signal }) => apiFetch<BoardJson>(`/v1/boards/${boardId}`, { signal }) });
}

export function useLists(boardId: string) {
  return useQuery({
    queryKey: boardKeys.lists(boardId),
    queryFn: ({ signal }) => fetchAllPages<ListJson>(`/v1/lists?board_id=${boardId}&archived=false`, signal),
  });
}

export function useCards(boardId: string) {
  return useQuery({
    queryKey: boardKeys.cards(boardId),
    queryFn: ({ signal }) => fetchAllPages<CardJson>(`/v1/cards?board_id=${boardId}`, signal),
  });
}

export function useTags(boardId: string) {
  return useQuery({
    queryKey: boardKeys.tags(boardId),
    queryFn: ({ signal }) => fetchAllPages<TagJson>(`/v1/tags?board_id=${boardId}`, signal),
  });
}

/** Workspace members (GET /v1/users): assignees, avatars, the assignee filter. */
export function useMembers() {
  return useQuery({
    queryKey: membersKey,
    queryFn: ({ signal }) => fetchAllPages<MemberJson>("/v1/users", signal),
    staleTime: 60_000,
  });
}
