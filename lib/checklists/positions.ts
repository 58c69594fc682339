import { and, eq, gt, gte, lt, lte, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { checklistItems } from "@/db/schema";

// Items keep dense 0-based positions. All helpers run under the checklist row lock.

/** Makes room at `at` by shifting every item at or after it one down. */
export async function openGap(tx: Tx, checklistId: string, at: number): Promise<void> {
  await tx
    .update(checklistItems)
    .set({ position: sql`${checklistItems.position} + 1` })
    .where(and(eq(checklistItems.checklistId, checklistId), gte(checklistItems.position, at)));
}

/** Closes the hole a removed item at `at` left. */
export async function closeGap(tx: Tx, checklistId: string, at: number): Promise<void> {
  await tx
    .update(checklistItems)
    .set({ position: sql`${checklistItems.position} - 1` })
    .where(and(eq(checklistItems.checklistId, checklistId), gt(checklistItems.position, at)));
}

/** Shifts the items between an item's old and new position, so it can take the new one. */
export async function shiftForMove(tx: Tx, checklistId: string, from: number, to: number): Promise<void> {
  const scope = eq(checklistItems.checklistId, checklistId);
  if (to > from) {
    await tx
      .update(checklistItems)
      .set({ position: sql`${checklistItems.position} - 1` })
      .where(and(scope, gt(checklistItems.position, from), lte(checklistItems.position, to)));
  } else if (to < from) {
    await tx
      .update(checklistItems)
      .set({ position: sql`${checklistItems.position} + 1` })
      .where(and(scope, gte(checklistItems.position, to), lt(checklistItems.position, from)));
  }
}

export async function countItems(tx: Tx, checklistId: string): Promise<number> {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(checklistItems)
    .where(eq(checklistItems.checklistId, checklistId));
  return n;
}
