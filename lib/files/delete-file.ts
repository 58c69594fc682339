import { eq } from "drizzle-orm";
import { files } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { onCommit, transact } from "@/lib/events/transaction";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { findFile } from "./find-file";
import { purgeSoon } from "./purge-files";
import { serializeFile } from "./serialize-file";

/** Deletes an attachment; its bytes leave the storage after commit. The event carries its last metadata. */
export async function deleteFile({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "board_content.write");
  await transact(ctx.db, async (tx) => {
    const found = await findFile(ctx, tx, id, { forUpdate: true });
    await tx.delete(files).where(eq(files.id, id));
    await recordEvent(tx, {
      workspaceId: found.file.workspaceId,
      type: "file.deleted",
      boardId: found.boardId,
      actor: ctx.caller.user,
      data: serializeFile(found),
    });
    onCommit(tx, purgeSoon);
  });
}
