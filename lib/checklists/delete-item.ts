import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { checklistItems, checklists } from "@/db/schema";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findChecklist, findItem } from "./find-checklist";
import { closeGap } from "./positions";
import { recordItemEvent } from "./record-item-event";

/** Deletes an item and closes the gap; checklist.item_deleted carries its last state. */
export async function deleteItem({ ctx, id, itemId }: { ctx: Ctx; id: string; itemId: string }): Promise<void> {
  authorize(ctx, "board_content.write");
  await transact(ctx.db, async (tx) => {
    const found = await findChecklist(ctx, tx, id, { forUpdate: true });
    const item = await findItem(tx, id, itemId);
    await tx.delete(checklistItems).where(eq(checklistItems.id, itemId));
    await closeGap(tx, id, item.position);
    await tx.update(checklists).set({ updatedAt: new Date() }).where(eq(checklists.id, id));
    await recordItemEvent(tx, ctx, found, "checklist.item_deleted", item);
  });
}
