import { sql } from "drizzle-orm";

/**
 * A card's `position`: its 0-based index among the non-archived cards of its list, computed at
 * read time from the ranks (null for an archived card, which has no place in the list). A
 * correlated count rather than a window function, so that it stays right under any filter and
 * page of the outer query; the (list_id, rank) index makes each count a short index range scan.
 * Use it in a query over the un-aliased "cards" table: drizzle leaves single-table columns
 * unqualified, and inside the subquery they would bind to `sibling`, hence the explicit names.
 */
export const cardPosition = sql<number | null>`case when "cards"."archived" then null else (
  select count(*)::int from "cards" as sibling
  where sibling.list_id = "cards"."list_id" and not sibling.archived and sibling.rank < "cards"."rank"
) end`.mapWith((value) => (value === null ? null : Number(value)));
