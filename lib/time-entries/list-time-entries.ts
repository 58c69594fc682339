import { and, desc, eq, isNotNull, isNull, lt } from "drizzle-orm";
import { cards, timeEntries, users } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import { entryFilters } from "./entry-filters";
import type { ListTimeEntriesQuery, TimeEntryJson } from "./schemas";
import { serializeTimeEntry } from "./serialize-time-entry";

/** Time entries of the workspace, newest first, filtered by board, card, user, date range, running. */
export async function listTimeEntries({ ctx, query }: { ctx: Ctx; query: ListTimeEntriesQuery }): Promise<Page<TimeEntryJson>> {
  const filters = await entryFilters(ctx, query);
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(timeEntries.id, after));
  if (query.running !== undefined) filters.push(query.running ? isNull(timeEntries.endedAt) : isNotNull(timeEntries.endedAt));
  const rows = await ctx.db
    .select({ id: timeEntries.id, entry: timeEntries, userName: users.name })
    .from(timeEntries)
    .innerJoin(cards, eq(cards.id, timeEntries.cardId))
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .where(and(...filters))
    .orderBy(desc(timeEntries.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeTimeEntry);
}
