import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { boards } from "@/db/schema";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findBoard } from "./find-board";
import type { BoardJson, UpdateBoardInput } from "./schemas";
import { serializeBoard } from "./serialize-board";

/** Renames, redescribes, archives (`active: false`) or restores a board. */
export async function updateBoard({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateBoardInput }): Promise<BoardJson> {
  authorize(ctx, "boards.update");
  return transact(ctx.db, async (tx) => {
    const before = serializeBoard(await findBoard(ctx, tx, id, { forUpdate: true }));
    const [row] = await tx
      .update(boards)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(boards.id, id))
      .returning();
    const after = serializeBoard(row);
    const changes = diffChanges(before, after, ["name", "description", "active"]);
    if (Object.keys(changes).length > 0) {
      await recordEvent(tx, {
        workspaceId: row.workspaceId,
        type: "board.updated",
        boardId: row.id,
        actor: ctx.caller.user,
        data: after,
        changes,
      });
    }
    return after;
  });
}
