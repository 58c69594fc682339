import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { lists, type List } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";

/**
 * Loads a list of the caller's workspace; another workspace's list, or one on a board hidden from
 * a board-restricted token, is 404. `forUpdate` locks the row: card ranks in a list are generated
 * under this lock, so concurrent moves into the same list take turns.
 */
export async function findList(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<List> {
  const query = db
    .select()
    .from(lists)
    .where(and(eq(lists.id, id), eq(lists.workspaceId, ctx.caller.workspaceId)));
  const [list] = options.forUpdate ? await query.for("update") : await query;
  if (!list || !canSeeBoard(ctx, list.boardId)) throw notFound("List");
  return list;
}
