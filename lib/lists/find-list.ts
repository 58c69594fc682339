import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { lists, type List } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { ListJson } from "./schemas";
import { loadListJson } from "./serialize-list";

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

/** `GET /v1/lists/{id}`: the list as the API shows it, with its position. */
export async function getList({ ctx, id }: { ctx: Ctx; id: string }): Promise<ListJson> {
  const list = await findList(ctx, ctx.db, id);
  return loadListJson(ctx.db, list.id);
}
