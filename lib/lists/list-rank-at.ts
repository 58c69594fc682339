import { and, asc, desc, eq, lt, ne, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { lists } from "@/db/schema";
import { rankForNeighbours } from "@/lib/positions/rank-between";

/**
 * The rank that puts a list at `index` among the board's non-archived lists (the end when
 * undefined or past it), ignoring `excludeId` (the list being moved). Call with the board locked.
 */
export async function listRankAt(db: DbOrTx, boardId: string, index: number | undefined, excludeId?: string): Promise<string> {
  const inBoard: SQL[] = [eq(lists.boardId, boardId)];
  if (excludeId) inBoard.push(ne(lists.id, excludeId));
  const [next] =
    index === undefined
      ? []
      : await db
          .select({ rank: lists.rank })
          .from(lists)
          .where(and(...inBoard, eq(lists.archived, false)))
          .orderBy(asc(lists.rank))
          .offset(index)
          .limit(1);
  const [previous] = await db
    .select({ rank: lists.rank })
    .from(lists)
    .where(and(...inBoard, ...(next ? [lt(lists.rank, next.rank)] : [])))
    .orderBy(desc(lists.rank))
    .limit(1);
  return rankForNeighbours(previous, next);
}
