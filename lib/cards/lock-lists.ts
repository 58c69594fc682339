import { asc, inArray, sql } from "drizzle-orm";
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

/** The first key of the card-move advisory locks (the second is a hash of the card's id). */
const CARD_MOVE_LOCK = 0x7a5c;

/**
 * Serializes the moves of one card: taken first, before `lockLists`, and held to the end of the
 * transaction. Without it every mover of a contested card reads where the card is, waits for
 * those lists, and finds it gone to another list by the time it gets them. With it, the list a
 * move reads is the one it locks. The order is always this lock, then the lists (id order), then
 * the card row, so it adds no deadlock; a hash collision only makes two cards' moves take turns.
 */
export async function lockCardMoves(tx: Tx, cardId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CARD_MOVE_LOCK}::int4, hashtext(${cardId}::text))`);
}
