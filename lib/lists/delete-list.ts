import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { lists } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { onCommit, transact } from "@/lib/events/transaction";
import { purgeSoon } from "@/lib/files/purge-files";
import type { Ctx } from "@/lib/workspaces/context";
import { findList } from "./find-list";
import { loadListJson } from "./serialize-list";

/** Deletes a list and its cards (foreign keys cascade); the event carries the list's last state. */
export async function deleteList({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "board_content.write");
  await transact(ctx.db, async (tx) => {
    const list = await findList(ctx, tx, id, { forUpdate: true });
    const data = await loadListJson(tx, list.id);
    await tx.delete(lists).where(eq(lists.id, id));
    // Its files' rows cascade; their bytes leave the storage after commit (lib/files/purge-files.ts).
    onCommit(tx, purgeSoon);
    await recordEvent(tx, { workspaceId: list.workspaceId, type: "list.deleted", boardId: list.boardId, actor: ctx.caller.user, data });
  });
}
