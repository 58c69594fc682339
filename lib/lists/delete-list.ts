import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { lists } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
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
    await recordEvent(tx, { workspaceId: list.workspaceId, type: "list.deleted", boardId: list.boardId, actor: ctx.caller.user, data });
  });
}
