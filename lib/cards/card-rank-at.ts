import { and, asc, desc, eq, lt, ne, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards } from "@/db/schema";
import { rankForNeighbours } from "@/lib/positions/rank-between";

/**
 * The rank that puts a card at `index` among the list's non-archived cards (the end when
 * undefined or past it), ignoring `excludeId` (the card being moved). Two indexed look-ups, no
 * matter how long the list. Call with the list row locked, so no one else takes the same gap.
 */
export async function cardRankAt(db: DbOrTx, listId: string, index: number | undefined, excludeId?: string): Promise<string> {
  const inList: SQL[] = [eq(cards.listId, listId)];
  if (excludeId) inList.push(ne(cards.id, excludeId));
  const [next] =
    index === undefined
      ? []
      : await db
          .select({ rank: cards.rank })
          .from(cards)
          .where(and(...inList, eq(cards.archived, false)))
          .orderBy(asc(cards.rank))
          .offset(index)
          .limit(1);
  const [previous] = await db
    .select({ rank: cards.rank })
    .from(cards)
    .where(and(...inList, ...(next ? [lt(cards.rank, next.rank)] : [])))
    .orderBy(desc(cards.rank))
    .limit(1);
  return rankForNeighbours(previous, next);
}
