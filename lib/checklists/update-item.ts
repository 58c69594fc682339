import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { checklistItems, checklists } from "@/db/schema";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findChecklist, findItem } from "./find-checklist";
import { countItems, shiftForMove } from "./positions";
import { recordItemEvent } from "./record-item-event";
import type { ChecklistItemJson, UpdateItemInput } from "./schemas";
import { serializeItem } from "./serialize-checklist";

/**
 * Edits an item's text, completes or un-completes it, or moves it (position is clamped to the
 * last place). Only completion (false → true) is evented; see record-item-event.ts.
 */
export async function updateItem({
  ctx,
  id,
  itemId,
  input,
}: {
  ctx: Ctx;
  id: string;
  itemId: string;
  input: UpdateItemInput;
}): Promise<ChecklistItemJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const found = await findChecklist(ctx, tx, id, { forUpdate: true });
    const before = await findItem(tx, id, itemId);
    const changes: Partial<typeof checklistItems.$inferInsert> = {};
    if (input.text !== undefined && input.text !== before.text) changes.text = input.text;
    if (input.completed !== undefined && input.completed !== before.completed) {
      changes.completed = input.completed;
      changes.completedAt = input.completed ? new Date() : null;
    }
    if (input.position !== undefined) {
      const to = Math.min(input.position, (await countItems(tx, id)) - 1);
      if (to !== before.position) {
        await shiftForMove(tx, id, before.position, to);
        changes.position = to;
      }
    }
    if (Object.keys(changes).length === 0) return serializeItem(before, found.checklist.cardId);
    const now = new Date();
    const [item] = await tx
      .update(checklistItems)
      .set({ ...changes, updatedAt: now })
      .where(eq(checklistItems.id, itemId))
      .returning();
    await tx.update(checklists).set({ updatedAt: now }).where(eq(checklists.id, id));
    if (!before.completed && item.completed) await recordItemEvent(tx, ctx, found, "checklist.item_completed", item);
    return serializeItem(item, found.checklist.cardId);
  });
}
