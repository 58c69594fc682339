import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { boards, cardTags, cards, lists, tags, timeEntries, users } from "@/db/schema";
import { csvResponse } from "@/lib/csv/csv-response";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { entryFilters, resolveRange } from "./entry-filters";
import type { ExportQuery } from "./schemas";

/** Rows fetched per query while streaming. */
const BATCH = 500;

export const EXPORT_COLUMNS = [
  "date",
  "start",
  "end",
  "started_at_utc",
  "duration_seconds",
  "duration",
  "hours",
  "person",
  "email",
  "board",
  "list",
  "card",
  "card_id",
  "tags",
  "note",
  "billable",
  "entry_id",
];

/** 5400 → "1:30:00". */
function hms(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

/**
 * `GET /v1/time_entries/export.csv`: one row per finished entry matching the report's filters,
 * oldest first, streamed in batches by keyset (started_at, id), so a year of entries never sits in
 * memory. Dates and times are wall-clock times in `tz`. The filters are checked before the first
 * byte, so a bad one is still a JSON 4xx.
 */
export async function exportTimeEntries({ ctx, query }: { ctx: Ctx; query: ExportQuery }): Promise<Response> {
  authorize(ctx, "time_entries.read");
  const tz = query.tz ?? "UTC";
  const range = await resolveRange(ctx.db, query, tz);
  const where = and(...(await entryFilters(ctx, query, range)), isNotNull(timeEntries.endedAt));
  const local = (column: typeof timeEntries.startedAt | typeof timeEntries.endedAt, format: string) =>
    sql<string>`to_char(${column} at time zone ${tz}, ${format})`;
  const select = {
    id: timeEntries.id,
    startedAt: timeEntries.startedAt,
    date: local(timeEntries.startedAt, "YYYY-MM-DD"),
    start: local(timeEntries.startedAt, "YYYY-MM-DD HH24:MI:SS"),
    end: local(timeEntries.endedAt, "YYYY-MM-DD HH24:MI:SS"),
    utc: sql<string>`to_char(${timeEntries.startedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
    seconds: sql<number>`floor(extract(epoch from (${timeEntries.endedAt} - ${timeEntries.startedAt})))::float8`,
    person: users.name,
    email: users.email,
    board: boards.name,
    list: lists.name,
    card: cards.title,
    cardId: cards.id,
    tags: sql<string>`coalesce((select string_agg(${tags.name}, '; ' order by lower(${tags.name})) from ${cardTags} join ${tags} on ${tags.id} = ${cardTags.tagId} where ${cardTags.cardId} = ${cards.id}), '')`,
    note: timeEntries.note,
    billable: timeEntries.billable,
  };
  const db = ctx.db;
  async function* rows() {
    let after: { startedAt: Date; id: string } | undefined;
    for (;;) {
      const batch = await db
        .select(select)
        .from(timeEntries)
        .innerJoin(cards, eq(cards.id, timeEntries.cardId))
        .innerJoin(lists, eq(lists.id, cards.listId))
        .innerJoin(boards, eq(boards.id, cards.boardId))
        .innerJoin(users, eq(users.id, timeEntries.userId))
        .where(
          after
            ? and(where, sql`(${timeEntries.startedAt}, ${timeEntries.id}) > (${after.startedAt.toISOString()}::timestamptz, ${after.id})`)
            : where,
        )
        .orderBy(asc(timeEntries.startedAt), asc(timeEntries.id))
        .limit(BATCH);
      for (const r of batch) {
        const seconds = Number(r.seconds);
        yield [
          r.date,
          r.start,
          r.end,
          r.utc,
          seconds,
          hms(seconds),
          (seconds / 3600).toFixed(2),
          r.person,
          r.email,
          r.board,
          r.list,
          r.card,
          r.cardId,
          r.tags,
          r.note,
          r.billable,
          r.id,
        ];
      }
      if (batch.length < BATCH) return;
      const last = batch[batch.length - 1];
      after = { startedAt: last.startedAt, id: last.id };
    }
  }
  const span = [query.from, query.to].filter(Boolean).join("_to_");
  return csvResponse(`time-entries${span ? `-${span}` : ""}.csv`, EXPORT_COLUMNS, rows());
}
