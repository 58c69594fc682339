import { eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cardTags, cards, timeEntries } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";
import { findBoard } from "@/lib/boards/find-board";
import { findCard } from "@/lib/cards/find-card";
import { findTag } from "@/lib/tags/find-tag";
import { visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { TimeEntryFilters } from "./schemas";

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The instants a query's `from` and `to` stand for. */
export type TimeRange = { from?: Date; to?: Date };

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/**
 * `from` and `to` as instants: a date-time is itself; a date `from` is that day's start and a date
 * `to` the next day's start (so `to` includes its day), in `tz` (UTC by default). The database
 * resolves the dates, so the boundaries agree with its date_trunc and its time zone rules (DST).
 */
export async function resolveRange(db: DbOrTx, query: { from?: string; to?: string }, tz = "UTC"): Promise<TimeRange> {
  const dateOnly = (query.from && isDateOnly(query.from)) || (query.to && isDateOnly(query.to));
  let range: TimeRange = {
    from: query.from && !isDateOnly(query.from) ? new Date(query.from) : undefined,
    to: query.to && !isDateOnly(query.to) ? new Date(query.to) : undefined,
  };
  if (dateOnly) {
    const startOf = (day: string | undefined, plus: number) =>
      day && isDateOnly(day)
        ? sql`(extract(epoch from ((${day}::date + ${plus}::int)::timestamp at time zone ${tz})) * 1000)::float8`
        : sql`null::float8`;
    const [row] = rowsOf<{ from_ms: number | null; to_ms: number | null }>(
      await db.execute(sql`select ${startOf(query.from, 0)} as from_ms, ${startOf(query.to, 1)} as to_ms`),
    );
    range = {
      from: row.from_ms !== null ? new Date(Number(row.from_ms)) : range.from,
      to: row.to_ms !== null ? new Date(Number(row.to_ms)) : range.to,
    };
  }
  if (range.from && range.to && range.from >= range.to) {
    throw invalidRequest("`from` must be before `to`.", [{ field: "to", message: "Must be after from." }]);
  }
  return range;
}

/**
 * The WHERE of the list, the totals, the report and the CSV export (over time_entries joined with
 * cards): the workspace, a board-restricted token's boards, and the query's filters. A board, card
 * or tag filter naming something the caller cannot see answers 404 (403 for a board outside a
 * token's restriction), not an empty list.
 */
export async function entryFilters(ctx: Ctx, query: TimeEntryFilters, range?: TimeRange): Promise<SQL[]> {
  const filters: SQL[] = [eq(timeEntries.workspaceId, ctx.caller.workspaceId)];
  const visible = visibleBoards(ctx, cards.boardId);
  if (visible) filters.push(visible);
  if (query.board_id) filters.push(eq(cards.boardId, (await findBoard(ctx, ctx.db, query.board_id)).id));
  if (query.card_id) filters.push(eq(timeEntries.cardId, (await findCard(ctx, ctx.db, query.card_id)).id));
  if (query.user_id) filters.push(eq(timeEntries.userId, query.user_id));
  if (query.tag_id) {
    const tag = await findTag(ctx, ctx.db, query.tag_id);
    filters.push(sql`exists (select 1 from ${cardTags} where ${cardTags.cardId} = ${cards.id} and ${cardTags.tagId} = ${tag.id})`);
  }
  if (query.billable !== undefined) filters.push(eq(timeEntries.billable, query.billable));
  const { from, to } = range ?? (await resolveRange(ctx.db, query));
  if (from) filters.push(gte(timeEntries.startedAt, from));
  if (to) filters.push(lt(timeEntries.startedAt, to));
  return filters;
}
