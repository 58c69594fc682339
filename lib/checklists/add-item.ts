import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { checklistItems, checklists } from "@/db/schema";
import { conflict } from "@/lib/core/errors";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { findChecklist } from "./find-checklist";
import { countItems, openGap } from "./positions";
import { recordItemEvent } from "./record-item-event";
import { MAX_ITEMS_PER_CHECKLIST, type ChecklistItemJson, type CreateItemInput } from "./schemas";
import { serializeItem } from "./serialize-checklist";

/** Adds an item at `position` (default: the end), shifting later items down. */
export async function addItem({ ctx, id, input }: { ctx: Ctx; id: string; input: CreateItemInput }): Promise<ChecklistItemJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const found = await findChecklist(ctx, tx, id, { forUpdate: true });
    const total = await countItems(tx, id);
    if (total >= MAX_ITEMS_PER_CHECKLIST)
      throw conflict(`This checklist already has ${MAX_ITEMS_PER_CHECKLIST} items, the most it can hold.`);
    const position = Math.min(input.position ?? total, total);
    await openGap(tx, id, position);
    const now = new Date();
    const [item] = await tx
      .insert(checklistItems)
      .values({
        id: newId("checklistItem"),
        workspaceId: found.checklist.workspaceId,
        checklistId: id,
        text: input.text,
        completed: input.completed ?? false,
        completedAt: input.completed ? now : null,
        position,
      })
      .returning();
    await tx.update(checklists).set({ updatedAt: now }).where(eq(checklists.id, id));
    await recordItemEvent(tx, ctx, found, "checklist.item_created", item);
    return serializeItem(item, found.checklist.cardId);
  });
}
