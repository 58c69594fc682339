import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { boards, cardTags, cards, tags, timeEntries, users } from "@/db/schema";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { entryFilters, resolveRange } from "./entry-filters";
import { TIME_DIMENSIONS, type ReportDimension, type ReportGroupJson, type ReportJson, type ReportQuery } from "./schemas";

/** At most this many groups; `truncated` says when there were more. */
export const MAX_REPORT_GROUPS = 5000;

/** Whole seconds of each finished entry, summed: exactly the sum of the entries' duration_seconds. */
const seconds = sql<number>`coalesce(sum(floor(extract(epoch from (${timeEntries.endedAt} - ${timeEntries.startedAt})))), 0)::float8`;
const entries = sql<number>`count(*)::int`;

/** The SELECTed columns of one grouping level: its key first, then its label (if any). */
function levelColumns(dimension: ReportDimension, tz: string): [string, SQL][] {
  // The local wall-clock time of the start; an entry counts in the day (week, month) it started.
  const local = sql`(${timeEntries.startedAt} at time zone ${tz})`;
  switch (dimension) {
    case "user":
      return [
        ["user_id", sql`${timeEntries.userId}`],
        ["user_name", sql`${users.name}`],
      ];
    case "board":
      return [
        ["board_id", sql`${cards.boardId}`],
        ["board_name", sql`${boards.name}`],
      ];
    case "card":
      return [
        ["card_id", sql`${timeEntries.cardId}`],
        ["card_title", sql`${cards.title}`],
      ];
    case "tag":
      return [
        ["tag_id", sql`${tags.id}`],
        ["tag_name", sql`${tags.name}`],
      ];
    case "day":
      return [["day", sql`to_char(date_trunc('day', ${local}), 'YYYY-MM-DD')`]];
    case "week":
      return [["week", sql`to_char(date_trunc('week', ${local}), 'YYYY-MM-DD')`]];
    case "month":
      return [["month", sql`to_char(date_trunc('month', ${local}), 'YYYY-MM')`]];
  }
}

/**
 * `GET /v1/time_entries/report`: finished entries (running timers excluded) summed overall and per
 * one or two grouping levels, in the database. Days, weeks (ISO, from Monday) and months are those
 * of each entry's start in `tz`; an entry with several tags counts once per tag in a tag grouping
 * (and once in the overall total), an untagged one under tag null. Groups are ordered level by
 * level: dates chronologically, people, boards, cards and tags by name.
 */
export async function timeReport({ ctx, query }: { ctx: Ctx; query: ReportQuery }): Promise<ReportJson> {
  authorize(ctx, "time_entries.read");
  const tz = query.tz ?? "UTC";
  const groupBy = query.group_by ?? [];
  const range = await resolveRange(ctx.db, query, tz);
  const where = and(...(await entryFilters(ctx, query, range)), isNotNull(timeEntries.endedAt));

  const [overall] = await ctx.db
    .select({ seconds, entries })
    .from(timeEntries)
    .innerJoin(cards, eq(cards.id, timeEntries.cardId))
    .where(where);
  const result: ReportJson = {
    group_by: groupBy,
    tz,
    from: range.from?.toISOString() ?? null,
    to: range.to?.toISOString() ?? null,
    total_seconds: Number(overall.seconds),
    entry_count: overall.entries,
    items: [],
    truncated: false,
  };
  if (groupBy.length === 0) return result;

  const columns = groupBy.flatMap((d) => levelColumns(d, tz));
  const selection: Record<string, SQL> = Object.fromEntries(columns);
  // GROUP BY and ORDER BY by position: the time zone is a bound parameter, and the same expression
  // with another parameter number would not count as the grouped one.
  const positions = columns.map((_, i) => i + 1);
  const order = groupBy.flatMap((d) => {
    const at = columns.findIndex(([name]) => name.startsWith(d === "tag" ? "tag_" : d)) + 1;
    return TIME_DIMENSIONS.includes(d) ? [`${at}`] : [`${at + 1} nulls last`, `${at}`];
  });
  let q = ctx.db
    .select({ ...selection, seconds, entries })
    .from(timeEntries)
    .innerJoin(cards, eq(cards.id, timeEntries.cardId))
    .$dynamic();
  if (groupBy.includes("user")) q = q.innerJoin(users, eq(users.id, timeEntries.userId));
  if (groupBy.includes("board")) q = q.innerJoin(boards, eq(boards.id, cards.boardId));
  if (groupBy.includes("tag")) q = q.leftJoin(cardTags, eq(cardTags.cardId, cards.id)).leftJoin(tags, eq(tags.id, cardTags.tagId));
  const rows = (await q
    .where(where)
    .groupBy(sql.raw(positions.join(", ")))
    .orderBy(sql.raw(order.join(", ")))
    .limit(MAX_REPORT_GROUPS + 1)) as unknown as Record<string, unknown>[];

  result.truncated = rows.length > MAX_REPORT_GROUPS;
  result.items = rows.slice(0, MAX_REPORT_GROUPS).map((row) => {
    const item: Record<string, unknown> = {};
    for (const [name] of columns) item[name] = row[name] ?? (name.startsWith("tag_") ? null : row[name]);
    return { ...item, total_seconds: Number(row.seconds), entry_count: Number(row.entries) } as ReportGroupJson;
  });
  return result;
}
