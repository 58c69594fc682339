import { and, eq, inArray, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { cards } from "@/db/schema";

/**
 * A card's `position`: its 0-based index among the non-archived cards of its list, in rank order
 * (null for an archived card, which has no place in the list). Ranks never collide within a list
 * (cards_list_rank_key), so this is the count of siblings ranked before it.
 *
 * Computed once per list with a window function over the list's non-archived cards, never per
 * card (a correlated count per card made a page of a long list O(n²)). The window must see every
 * non-archived card of the list, so use `windowPosition` only in a query whose rows are exactly
 * that (the board snapshot), and `cardPositions` for any other set of cards (a filtered page).
 * The partial index cards_list_position_idx (list_id, rank, id) where not archived serves both.
 */
export const windowPosition = sql<number>`(row_number() over (partition by ${cards.listId} order by ${cards.rank}) - 1)::int`.mapWith(
  Number,
);

/**
 * `column` is one of `ids`: a list of values, or a placeholder of a prepared statement that is
 * given the whole array (`= any($1)`, one SQL text whatever the number of ids).
 */
export function isOneOf(column: AnyPgColumn, ids: string[] | Placeholder): SQL {
  return Array.isArray(ids) ? inArray(column, ids) : sql`${column} = any(${ids})`;
}

/** Positions of the given cards (archived ones are absent), one window per list they are in. */
export function positionsOf(db: DbOrTx, ids: string[] | Placeholder) {
  const target = alias(cards, "target");
  return db.$with("positions").as(
    db
      .select({ id: cards.id, position: windowPosition.as("position") })
      .from(cards)
      .where(
        and(
          eq(cards.archived, false),
          inArray(cards.listId, db.select({ listId: target.listId }).from(target).where(isOneOf(target.id, ids))),
        ),
      ),
  );
}
