import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { boards, type Board } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { requireBoardAccess } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { claimBoardAccess, recordBoardAccess } from "./record-board-access";
import type { BoardJson } from "./schemas";
import { serializeBoard } from "./serialize-board";

/**
 * Loads a board of the caller's workspace; another workspace's board is 404, never 403.
 * `forUpdate` locks the row so concurrent updates compute their `changes` from the same state.
 */
export async function findBoard(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<Board> {
  const query = db
    .select()
    .from(boards)
    .where(and(eq(boards.id, id), eq(boards.workspaceId, ctx.caller.workspaceId)));
  const [board] = options.forUpdate ? await query.for("update") : await query;
  if (!board) throw notFound("Board");
  requireBoardAccess(ctx, board.id);
  return board;
}

/**
 * `GET /v1/boards/{id}`: the board as the API shows it. Opening a board is `board.accessed` (at
 * most once per member, board and hour): its claim is sent beside the read, not after it.
 */
export async function getBoard({ ctx, id }: { ctx: Ctx; id: string }): Promise<BoardJson> {
  requireBoardAccess(ctx, id);
  const [board, first] = await Promise.all([findBoard(ctx, ctx.db, id), claimBoardAccess(ctx, id)]);
  if (first) await recordBoardAccess(ctx, board);
  return serializeBoard(board);
}
