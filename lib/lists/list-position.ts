import { sql } from "drizzle-orm";

/**
 * A list's `position`: its 0-based index among the board's non-archived lists (see cardPosition).
 * The outer table is named explicitly: drizzle leaves single-table columns unqualified, and inside
 * the subquery they would bind to `sibling`.
 */
export const listPosition = sql<number | null>`case when "lists"."archived" then null else (
  select count(*)::int from "lists" as sibling
  where sibling.board_id = "lists"."board_id" and not sibling.archived and sibling.rank < "lists"."rank"
) end`.mapWith((value) => (value === null ? null : Number(value)));
