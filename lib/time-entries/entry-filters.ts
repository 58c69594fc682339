import { eq, gte, lt, type SQL } from "drizzle-orm";
import { cards, timeEntries } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";
import { findBoard } from "@/lib/boards/find-board";
import { findCard } from "@/lib/cards/find-card";
import { visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { TimeEntryFilters } from "./schemas";

const DAY_MS = 24 * 3600 * 1000;
const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The WHERE of the list and the totals (over time_entries joined with cards): the workspace, a
 * board-restricted token's boards, and the query's filters. A board or card filter naming something
 * the caller cannot see answers 404 (403 for a board outside a token's restriction), not an empty list.
 */
export async function entryFilters(ctx: Ctx, query: TimeEntryFilters): Promise<SQL[]> {
  const filters: SQL[] = [eq(timeEntries.workspaceId, ctx.caller.workspaceId)];
  const visible = visibleBoards(ctx, cards.boardId);
  if (visible) filters.push(visible);
  if (query.board_id) filters.push(eq(cards.boardId, (await findBoard(ctx, ctx.db, query.board_id)).id));
  if (query.card_id) filters.push(eq(timeEntries.cardId, (await findCard(ctx, ctx.db, query.card_id)).id));
  if (query.user_id) filters.push(eq(timeEntries.userId, query.user_id));
  const from = query.from ? new Date(query.from) : undefined;
  // A date `to` means "through that day": up to the next midnight, UTC.
  const to = query.to ? new Date(new Date(query.to).getTime() + (isDateOnly(query.to) ? DAY_MS : 0)) : undefined;
  if (from && to && from >= to) throw invalidRequest("`from` must be before `to`.", [{ field: "to", message: "Must be after from." }]);
  if (from) filters.push(gte(timeEntries.startedAt, from));
  if (to) filters.push(lt(timeEntries.startedAt, to));
  return filters;
}
