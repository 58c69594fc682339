import { eq, inArray } from "drizzle-orm";
import { cardFieldValues, cards, customFields } from "@/db/schema";
import { fieldChanges } from "@/lib/cards/card-update-events";
import { serializeCards } from "@/lib/cards/load-card-json";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { lockBoardFields, renumberFields } from "./field-positions";
import { findCustomField } from "./find-custom-field";
import { serializeCustomField } from "./serialize-custom-field";

/**
 * Deletes a field with its values. Event: custom_field.deleted (its last state); each card that
 * had a value records card.updated with `changes["fields.<id>"]` to null, as if cleared by PATCH,
 * so a receiver mirroring cards stays right.
 */
export async function deleteCustomField({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "board_content.write");
  await transact(ctx.db, async (tx) => {
    const seen = await findCustomField(ctx, tx, id);
    await lockBoardFields(tx, seen.boardId);
    const field = await findCustomField(ctx, tx, id, { forUpdate: true });
    const holders = await tx.select({ cardId: cardFieldValues.cardId }).from(cardFieldValues).where(eq(cardFieldValues.fieldId, id));
    const rows = holders.length
      ? await tx
          .select()
          .from(cards)
          .where(
            inArray(
              cards.id,
              holders.map((h) => h.cardId),
            ),
          )
          .orderBy(cards.id)
      : [];
    const before = await serializeCards(tx, rows);
    await tx.delete(customFields).where(eq(customFields.id, id));
    await renumberFields(tx, field.boardId);
    await recordEvent(tx, {
      workspaceId: field.workspaceId,
      boardId: field.boardId,
      type: "custom_field.deleted",
      actor: ctx.caller.user,
      data: serializeCustomField(field),
    });
    if (rows.length === 0) return;
    const now = new Date();
    await tx
      .update(cards)
      .set({ updatedAt: now })
      .where(
        inArray(
          cards.id,
          rows.map((r) => r.id),
        ),
      );
    const after = await serializeCards(
      tx,
      await tx
        .select()
        .from(cards)
        .where(
          inArray(
            cards.id,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(cards.id),
    );
    for (const [index, card] of after.entries()) {
      const changes = fieldChanges(before[index].fields, card.fields);
      await recordEvent(tx, {
        workspaceId: card.workspace_id,
        boardId: card.board_id,
        type: "card.updated",
        actor: ctx.caller.user,
        data: card,
        changes,
      });
    }
  });
}
