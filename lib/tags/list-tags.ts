import { eq } from "drizzle-orm";
import { tags } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { ListTagsQuery, TagJson } from "./schemas";
import { serializeTag } from "./serialize-tag";

/** Tags of the workspace (or one board), newest first; a board-restricted token sees its boards'. */
export function listTags({ ctx, query }: { ctx: Ctx; query: ListTagsQuery }): Promise<Page<TagJson>> {
  const filters = [
    eq(tags.workspaceId, ctx.caller.workspaceId),
    query.board_id ? eq(tags.boardId, query.board_id) : undefined,
    visibleBoards(ctx, tags.boardId),
  ];
  return keysetPage(ctx.db, tags, tags.id, filters, query, serializeTag);
}
