import { authorize } from "@/lib/workspaces/permissions";
import { lists } from "@/db/schema";
import { findBoard } from "@/lib/boards/find-board";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { listRankAt } from "./list-rank-at";
import type { CreateListInput, ListJson } from "./schemas";
import { loadListJson } from "./serialize-list";

export async function createList({ ctx, input }: { ctx: Ctx; input: CreateListInput }): Promise<ListJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    // Locking the board serializes rank generation among its lists.
    const board = await findBoard(ctx, tx, input.board_id, { forUpdate: true });
    const id = newId("list");
    await tx.insert(lists).values({
      id,
      workspaceId: board.workspaceId,
      boardId: board.id,
      name: input.name,
      rank: await listRankAt(tx, board.id, input.position),
      createdBy: ctx.caller.user.id,
    });
    const data = await loadListJson(tx, id);
    await recordEvent(tx, { workspaceId: board.workspaceId, type: "list.created", boardId: board.id, actor: ctx.caller.user, data });
    return data;
  });
}
