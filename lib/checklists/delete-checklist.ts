import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { checklists } from "@/db/schema";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findChecklist, itemsOf } from "./find-checklist";
import { recordItemEvent } from "./record-item-event";

/** Deletes a checklist with its items; each item gets checklist.item_deleted with its last state. */
export async function deleteChecklist({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "board_content.write");
  await transact(ctx.db, async (tx) => {
    const found = await findChecklist(ctx, tx, id, { forUpdate: true });
    const items = await itemsOf(tx, [id]);
    await tx.delete(checklists).where(eq(checklists.id, id));
    for (const item of items) await recordItemEvent(tx, ctx, found, "checklist.item_deleted", item);
  });
}
