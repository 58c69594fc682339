import { and, asc, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { boards, customFields } from "@/db/schema";

/** Takes the board's row lock: field positions (and the per-board limit) are decided one writer at a time. */
export async function lockBoardFields(tx: Tx, boardId: string): Promise<void> {
  await tx.select({ id: boards.id }).from(boards).where(eq(boards.id, boardId)).for("update");
}

/**
 * Puts field `fieldId` at `target` (clamped; undefined: the end) and renumbers the board's other
 * fields densely around it. Boards have at most a few dozen fields, so rewriting them is cheap.
 */
export async function placeField(tx: Tx, boardId: string, fieldId: string, target: number | undefined): Promise<number> {
  const others = await tx
    .select({ id: customFields.id })
    .from(customFields)
    .where(and(eq(customFields.boardId, boardId), ne(customFields.id, fieldId)))
    .orderBy(asc(customFields.position), asc(customFields.id));
  const at = Math.min(target ?? others.length, others.length);
  const order = [...others.map((o) => o.id)];
  order.splice(at, 0, fieldId);
  for (const [index, id] of order.entries()) {
    await tx
      .update(customFields)
      .set({ position: index })
      .where(and(eq(customFields.id, id), ne(customFields.position, index)));
  }
  return at;
}

/** Closes the gap a deleted field leaves: the board's fields numbered 0…n-1 in their order. */
export async function renumberFields(tx: Tx, boardId: string): Promise<void> {
  const fields = await tx
    .select({ id: customFields.id, position: customFields.position })
    .from(customFields)
    .where(eq(customFields.boardId, boardId))
    .orderBy(asc(customFields.position), asc(customFields.id));
  for (const [index, field] of fields.entries()) {
    if (field.position !== index) await tx.update(customFields).set({ position: index }).where(eq(customFields.id, field.id));
  }
}
