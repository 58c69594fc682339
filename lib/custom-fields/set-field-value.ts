import { eq } from "drizzle-orm";
import { cards } from "@/db/schema";
import { recordCardUpdateEvents } from "@/lib/cards/card-update-events";
import { findCard } from "@/lib/cards/find-card";
import { loadCardJson } from "@/lib/cards/load-card-json";
import type { CardJson } from "@/lib/cards/schemas";
import { invalidRequest } from "@/lib/core/errors";
import { transact } from "@/lib/events/transaction";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { writeFieldValues } from "./field-values";
import { findCustomField } from "./find-custom-field";

/**
 * `PUT /v1/xattr/{id}/values/{card_id}` (value null clears) and `DELETE` of the same: one field of
 * one card, the same checks and the same card.updated as `PATCH /v1/cards/{id}` with `fields`.
 */
export async function setFieldValue({
  ctx,
  fieldId,
  cardId,
  value,
}: {
  ctx: Ctx;
  fieldId: string;
  cardId: string;
  value: unknown;
}): Promise<CardJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const field = await findCustomField(ctx, tx, fieldId);
    const card = await findCard(ctx, tx, cardId, { forUpdate: true });
    if (card.boardId !== field.boardId)
      throw invalidRequest("The card is on another board than the field.", [
        { field: "card_id", message: `Card ${cardId} is not on the field's board.` },
      ]);
    const before = await loadCardJson(tx, card);
    if (!(await writeFieldValues(tx, card, { [fieldId]: value }, before.fields))) return before;
    const [row] = await tx.update(cards).set({ updatedAt: new Date() }).where(eq(cards.id, card.id)).returning();
    const after = await loadCardJson(tx, row);
    await recordCardUpdateEvents(tx, { actor: ctx.caller.user, before, after, moved: false, tagsAdded: [], tagsRemoved: [] });
    return after;
  });
}
