import { and, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import { lists } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import type { ListJson, ListListsQuery } from "./schemas";
import { listWithPositionColumns, serializeList } from "./serialize-list";

/**
 * Lists of the workspace (or of one board), newest first by id so the cursor is stable; each
 * carries its `position` for display order. A board-restricted token sees only its boards.
 */
export async function listLists({ ctx, query }: { ctx: Ctx; query: ListListsQuery }): Promise<Page<ListJson>> {
  const filters: SQL[] = [eq(lists.workspaceId, ctx.caller.workspaceId)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(lists.id, after));
  if (query.board_id) filters.push(eq(lists.boardId, query.board_id));
  if (query.archived !== undefined) filters.push(eq(lists.archived, query.archived));
  const restricted = ctx.caller.token?.boardIds;
  if (restricted) filters.push(inArray(lists.boardId, restricted.length ? restricted : [""]));
  const rows = await ctx.db
    .select(listWithPositionColumns)
    .from(lists)
    .where(and(...filters))
    .orderBy(desc(lists.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeList);
}
