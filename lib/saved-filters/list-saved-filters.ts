import { eq, isNotNull, isNull, or } from "drizzle-orm";
import { savedFilters } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { requireBoardAccess, visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { visibleSavedFilters } from "./find-saved-filter";
import type { ListSavedFiltersQuery, SavedFilterJson } from "./schemas";
import { serializeSavedFilter } from "./serialize-saved-filter";

/** The caller's personal filters and the workspace's shared ones, newest first (`position` orders them in the UI). */
export function listSavedFilters({ ctx, query }: { ctx: Ctx; query: ListSavedFiltersQuery }): Promise<Page<SavedFilterJson>> {
  if (query.board_id) requireBoardAccess(ctx, query.board_id);
  const filters = [
    eq(savedFilters.workspaceId, ctx.caller.workspaceId),
    visibleSavedFilters(ctx),
    query.board_id ? eq(savedFilters.boardId, query.board_id) : undefined,
    query.workspace_wide === undefined ? undefined : query.workspace_wide ? isNull(savedFilters.boardId) : isNotNull(savedFilters.boardId),
    // Workspace-wide filters stay visible to board-restricted tokens: what they list is restricted anyway.
    ctx.caller.token?.boardIds ? or(isNull(savedFilters.boardId), visibleBoards(ctx, savedFilters.boardId)) : undefined,
  ];
  return keysetPage(ctx.db, savedFilters, savedFilters.id, filters, query, serializeSavedFilter);
}
