import { authorize } from "@/lib/workspaces/permissions";
import { boards } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import type { BoardJson, CreateBoardInput } from "./schemas";
import { serializeBoard } from "./serialize-board";

export async function createBoard({ ctx, input }: { ctx: Ctx; input: CreateBoardInput }): Promise<BoardJson> {
  authorize(ctx, "boards.create");
  return transact(ctx.db, async (tx) => {
    const [board] = await tx
      .insert(boards)
      .values({
        id: newId("board"),
        workspaceId: ctx.caller.workspaceId,
        name: input.name,
        description: input.description ?? "",
        createdBy: ctx.caller.user.id,
      })
      .returning();
    const data = serializeBoard(board);
    await recordEvent(tx, { workspaceId: board.workspaceId, type: "board.created", boardId: board.id, actor: ctx.caller.user, data });
    return data;
  });
}
