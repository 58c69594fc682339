import { and, eq, exists, gt, gte, isNotNull, isNull, lt, type SQL } from "drizzle-orm";
import { cardAssignees, cards, cardTags } from "@/db/schema";
import { compileQueryParam } from "@/lib/filters";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { findSavedFilter } from "@/lib/saved-filters/find-saved-filter";
import { requireBoardAccess, visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { cardOrderBy, decodeOffsetCursor, encodeOffsetCursor, parseCardSort, type CardSort } from "./card-sort";
import { serializeCards } from "./load-card-json";
import type { CardJson, ListCardsQuery } from "./schemas";

/**
 * Cards of the workspace matching the filters, newest first by id (a stable keyset cursor), or
 * in `sort` order (an offset cursor); each carries its `position` in its list. Archived cards are
 * left out unless `archived=true` or a query mentions `is:archived`. `q` and a saved filter's
 * query are the filter language (lib/filters), compiled to SQL.
 */
export async function listCards({ ctx, query }: { ctx: Ctx; query: ListCardsQuery }): Promise<Page<CardJson>> {
  // Naming a board outside a restricted token's boards is refused outright (403), like GET /boards/{id}.
  if (query.board_id) requireBoardAccess(ctx, query.board_id);
  const saved = query.saved_filter_id ? await findSavedFilter(ctx, ctx.db, query.saved_filter_id) : undefined;
  const env = { userId: ctx.caller.user.id, now: new Date() };
  const filter = compileQueryParam("q", query.q, env);
  const savedFilter = saved ? compileQueryParam("saved_filter_id", saved.query, env) : undefined;
  const sort: CardSort | undefined = query.sort ? parseCardSort(query.sort) : (saved?.sort ?? undefined);
  // `is:archived` in a query decides about archived cards itself; otherwise they are left out by default.
  const mentionsArchived = filter.mentionsArchived || Boolean(savedFilter?.mentionsArchived);
  const archived = query.archived ?? (mentionsArchived ? undefined : false);
  const filters = [
    eq(cards.workspaceId, ctx.caller.workspaceId),
    archived === undefined ? undefined : eq(cards.archived, archived),
    filter.where,
    savedFilter?.where,
    saved?.boardId ? eq(cards.boardId, saved.boardId) : undefined,
    query.board_id ? eq(cards.boardId, query.board_id) : undefined,
    query.list_id ? eq(cards.listId, query.list_id) : undefined,
    query.milestone_id ? eq(cards.milestoneId, query.milestone_id) : undefined,
    query.sprint_id ? eq(cards.sprintId, query.sprint_id) : undefined,
    query.backlog === undefined ? undefined : query.backlog ? isNull(cards.sprintId) : isNotNull(cards.sprintId),
    query.completed === undefined ? undefined : eq(cards.completed, query.completed),
    query.due_before ? lt(cards.dueAt, query.due_before) : undefined,
    query.due_after ? gt(cards.dueAt, query.due_after) : undefined,
    query.updated_since ? gte(cards.updatedAt, query.updated_since) : undefined,
    query.assignee_id ? exists(assignedTo(ctx, query.assignee_id)) : undefined,
    query.tag_id ? exists(taggedWith(ctx, query.tag_id)) : undefined,
    visibleBoards(ctx, cards.boardId),
  ];
  if (sort) return sortedPage(ctx, filters, sort, query);
  // Rows first, then their positions, assignees and tags for the whole page at once.
  const page = await keysetPage(ctx.db, cards, cards.id, filters, query, (row) => row);
  return { items: await serializeCards(ctx.db, page.items), next_cursor: page.next_cursor };
}

const assignedTo = (ctx: Ctx, userId: string) =>
  ctx.db
    .select({ one: cardAssignees.cardId })
    .from(cardAssignees)
    .where(and(eq(cardAssignees.cardId, cards.id), eq(cardAssignees.userId, userId)));

const taggedWith = (ctx: Ctx, tagId: string) =>
  ctx.db
    .select({ one: cardTags.cardId })
    .from(cardTags)
    .where(and(eq(cardTags.cardId, cards.id), eq(cardTags.tagId, tagId)));

/** A page in `sort` order: `limit + 1` rows from the offset the cursor holds. */
async function sortedPage(ctx: Ctx, filters: (SQL | undefined)[], sort: CardSort, query: ListCardsQuery): Promise<Page<CardJson>> {
  const offset = decodeOffsetCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(cards)
    .where(and(...filters))
    .orderBy(...cardOrderBy(sort))
    .limit(query.limit + 1)
    .offset(offset);
  const more = rows.length > query.limit;
  const items = await serializeCards(ctx.db, more ? rows.slice(0, query.limit) : rows);
  return { items, next_cursor: more ? encodeOffsetCursor(offset + query.limit) : null };
}
