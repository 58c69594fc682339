import { asc, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { lists } from "@/db/schema";

/**
 * Locks the rows of the lists a move touches, always in id order, so two moves between the same
 * two lists in opposite directions cannot deadlock; everything that ranks cards in a list holds
 * that list's lock. Returns the ids still there: a list deleted meanwhile is missing.
 */
export async function lockLists(tx: Tx, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)].sort();
  const locked = await tx.select({ id: lists.id }).from(lists).where(inArray(lists.id, unique)).orderBy(asc(lists.id)).for("update");
  return new Set(locked.map((l) => l.id));
}
