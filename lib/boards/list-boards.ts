import { eq } from "drizzle-orm";
import { boards } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { BoardJson, ListBoardsQuery } from "./schemas";
import { serializeBoard } from "./serialize-board";

/** Boards of the workspace, newest first; a board-restricted token sees only its boards. */
export function listBoards({ ctx, query }: { ctx: Ctx; query: ListBoardsQuery }): Promise<Page<BoardJson>> {
  const filters = [
    eq(boards.workspaceId, ctx.caller.workspaceId),
    query.active === undefined ? undefined : eq(boards.active, query.active),
    visibleBoards(ctx, boards.id),
  ];
  return keysetPage(ctx.db, boards, boards.id, filters, query, serializeBoard);
}
