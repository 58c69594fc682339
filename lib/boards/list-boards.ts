import { and, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import { boards } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/api/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import type { BoardJson, ListBoardsQuery } from "./schemas";
import { serializeBoard } from "./serialize-board";

/** Boards of the workspace, newest first; a board-restricted token sees only its boards. */
export async function listBoards({ ctx, query }: { ctx: Ctx; query: ListBoardsQuery }): Promise<Page<BoardJson>> {
  const filters: SQL[] = [eq(boards.workspaceId, ctx.caller.workspaceId)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(boards.id, after));
  if (query.active !== undefined) filters.push(eq(boards.active, query.active));
  const restricted = ctx.caller.token?.boardIds;
  if (restricted) filters.push(inArray(boards.id, restricted.length ? restricted : [""]));
  const rows = await ctx.db
    .select()
    .from(boards)
    .where(and(...filters))
    .orderBy(desc(boards.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeBoard);
}
