import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { cards, timeEntries } from "@/db/schema";
import type { Ctx } from "@/lib/workspaces/context";
import { entryFilters } from "./entry-filters";
import type { TotalsJson, TotalsQuery } from "./schemas";

/** At most this many groups, largest first; narrow the filters to see the rest. */
const MAX_GROUPS = 1000;

/**
 * Sums of finished entries, overall and per card or per user. Each entry counts its whole
 * seconds, exactly its duration_seconds, so totals equal the sum of the listed entries. Running
 * timers are left out: their duration is not known yet.
 */
export async function timeTotals({ ctx, query }: { ctx: Ctx; query: TotalsQuery }): Promise<TotalsJson> {
  const where = and(...(await entryFilters(ctx, query)), isNotNull(timeEntries.endedAt));
  const seconds = sql<number>`coalesce(sum(floor(extract(epoch from (${timeEntries.endedAt} - ${timeEntries.startedAt})))), 0)::float8`;
  const entries = sql<number>`count(*)::int`;
  const [overall] = await ctx.db
    .select({ seconds, entries })
    .from(timeEntries)
    .innerJoin(cards, eq(cards.id, timeEntries.cardId))
    .where(where);
  const result: TotalsJson = {
    group_by: query.group_by ?? null,
    total_seconds: Number(overall.seconds),
    entry_count: overall.entries,
    items: [],
  };
  if (!query.group_by) return result;
  const key = query.group_by === "card" ? timeEntries.cardId : timeEntries.userId;
  const groups = await ctx.db
    .select({ key, seconds, entries })
    .from(timeEntries)
    .innerJoin(cards, eq(cards.id, timeEntries.cardId))
    .where(where)
    .groupBy(key)
    .orderBy(desc(seconds), key)
    .limit(MAX_GROUPS);
  result.items = groups.map((g) => ({ [`${query.group_by}_id`]: g.key, total_seconds: Number(g.seconds), entry_count: g.entries }));
  return result;
}
