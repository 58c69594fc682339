import { authorize } from "@/lib/workspaces/permissions";
import { checklistItems, checklists } from "@/db/schema";
import { findCard } from "@/lib/cards/find-card";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { recordItemEvent } from "./record-item-event";
import type { ChecklistJson, CreateChecklistInput } from "./schemas";
import { serializeChecklist } from "./serialize-checklist";

/** Adds a checklist to a card, optionally with items (one checklist.item_created each). */
export async function createChecklist({ ctx, input }: { ctx: Ctx; input: CreateChecklistInput }): Promise<ChecklistJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const card = await findCard(ctx, tx, input.card_id);
    const [checklist] = await tx
      .insert(checklists)
      .values({ id: newId("checklist"), workspaceId: card.workspaceId, cardId: card.id, title: input.title })
      .returning();
    const now = new Date();
    const items = input.items?.length
      ? await tx
          .insert(checklistItems)
          .values(
            input.items.map((item, position) => ({
              id: newId("checklistItem"),
              workspaceId: card.workspaceId,
              checklistId: checklist.id,
              text: item.text,
              completed: item.completed ?? false,
              completedAt: item.completed ? now : null,
              position,
            })),
          )
          .returning()
      : [];
    items.sort((a, b) => a.position - b.position);
    const found = { checklist, boardId: card.boardId };
    for (const item of items) await recordItemEvent(tx, ctx, found, "checklist.item_created", item);
    return serializeChecklist(checklist, items);
  });
}
