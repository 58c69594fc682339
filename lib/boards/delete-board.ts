import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { boards } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { onCommit, transact } from "@/lib/events/transaction";
import { purgeSoon } from "@/lib/files/purge-files";
import type { Ctx } from "@/lib/workspaces/context";
import { findBoard } from "./find-board";
import { serializeBoard } from "./serialize-board";

/** Deletes a board and everything on it; the event carries the board's last state. */
export async function deleteBoard({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "boards.delete");
  await transact(ctx.db, async (tx) => {
    const board = await findBoard(ctx, tx, id, { forUpdate: true });
    await tx.delete(boards).where(eq(boards.id, id));
    // Its files' rows cascade; their bytes leave the storage after commit (lib/files/purge-files.ts).
    onCommit(tx, purgeSoon);
    await recordEvent(tx, {
      workspaceId: board.workspaceId,
      type: "board.deleted",
      boardId: board.id,
      actor: ctx.caller.user,
      data: serializeBoard(board),
    });
  });
}
