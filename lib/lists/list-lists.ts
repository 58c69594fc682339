import { and, desc, eq, lt } from "drizzle-orm";
import { lists } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import { requireBoardAccess, visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { ListJson, ListListsQuery } from "./schemas";
import { listWithPositionColumns, serializeList } from "./serialize-list";

/**
 * Lists of the workspace (or of one board), newest first by id so the cursor is stable; each
 * carries its `position` for display order. A board-restricted token sees only its boards.
 * (Not `keysetPage`: the rows are selected with their computed position.)
 */
export async function listLists({ ctx, query }: { ctx: Ctx; query: ListListsQuery }): Promise<Page<ListJson>> {
  // A board named outside a restricted token's boards is refused, as for cards and events.
  if (query.board_id) requireBoardAccess(ctx, query.board_id);
  const after = decodeCursor(query.cursor);
  const filters = [
    eq(lists.workspaceId, ctx.caller.workspaceId),
    after ? lt(lists.id, after) : undefined,
    query.board_id ? eq(lists.boardId, query.board_id) : undefined,
    query.archived === undefined ? undefined : eq(lists.archived, query.archived),
    visibleBoards(ctx, lists.boardId),
  ];
  const rows = await ctx.db
    .select(listWithPositionColumns)
    .from(lists)
    .where(and(...filters))
    .orderBy(desc(lists.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeList);
}
