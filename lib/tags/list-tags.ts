import { and, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import { tags } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import type { ListTagsQuery, TagJson } from "./schemas";
import { serializeTag } from "./serialize-tag";

/** Tags of the workspace (or one board), newest first; a board-restricted token sees its boards'. */
export async function listTags({ ctx, query }: { ctx: Ctx; query: ListTagsQuery }): Promise<Page<TagJson>> {
  const filters: SQL[] = [eq(tags.workspaceId, ctx.caller.workspaceId)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(tags.id, after));
  if (query.board_id) filters.push(eq(tags.boardId, query.board_id));
  const restricted = ctx.caller.token?.boardIds;
  if (restricted) filters.push(inArray(tags.boardId, restricted.length ? restricted : [""]));
  const rows = await ctx.db
    .select()
    .from(tags)
    .where(and(...filters))
    .orderBy(desc(tags.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeTag);
}
