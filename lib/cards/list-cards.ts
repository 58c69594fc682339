import { and, eq, exists, gt, gte, isNotNull, isNull, lt } from "drizzle-orm";
import { cardAssignees, cards, cardTags } from "@/db/schema";
import { compileQueryParam } from "@/lib/filters";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { requireBoardAccess, visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { serializeCards } from "./load-card-json";
import type { CardJson, ListCardsQuery } from "./schemas";

/**
 * Cards of the workspace matching the filters, newest first by id (a stable keyset cursor); each
 * carries its `position` in its list. Archived cards are left out unless `archived=true` or `q`
 * mentions `is:archived`. `q` is the filter language (lib/filters), compiled to SQL.
 */
export async function listCards({ ctx, query }: { ctx: Ctx; query: ListCardsQuery }): Promise<Page<CardJson>> {
  // Naming a board outside a restricted token's boards is refused outright (403), like GET /boards/{id}.
  if (query.board_id) requireBoardAccess(ctx, query.board_id);
  const assigned = query.assignee_id
    ? ctx.db
        .select({ one: cardAssignees.cardId })
        .from(cardAssignees)
        .where(and(eq(cardAssignees.cardId, cards.id), eq(cardAssignees.userId, query.assignee_id)))
    : undefined;
  const tagged = query.tag_id
    ? ctx.db
        .select({ one: cardTags.cardId })
        .from(cardTags)
        .where(and(eq(cardTags.cardId, cards.id), eq(cardTags.tagId, query.tag_id)))
    : undefined;
  const filter = compileQueryParam("q", query.q, { userId: ctx.caller.user.id, now: new Date() });
  // `is:archived` in q decides about archived cards itself; otherwise they are left out by default.
  const archived = query.archived ?? (filter.mentionsArchived ? undefined : false);
  const filters = [
    eq(cards.workspaceId, ctx.caller.workspaceId),
    archived === undefined ? undefined : eq(cards.archived, archived),
    filter.where,
    query.board_id ? eq(cards.boardId, query.board_id) : undefined,
    query.list_id ? eq(cards.listId, query.list_id) : undefined,
    query.milestone_id ? eq(cards.milestoneId, query.milestone_id) : undefined,
    query.sprint_id ? eq(cards.sprintId, query.sprint_id) : undefined,
    query.backlog === undefined ? undefined : query.backlog ? isNull(cards.sprintId) : isNotNull(cards.sprintId),
    query.completed === undefined ? undefined : eq(cards.completed, query.completed),
    query.due_before ? lt(cards.dueAt, query.due_before) : undefined,
    query.due_after ? gt(cards.dueAt, query.due_after) : undefined,
    query.updated_since ? gte(cards.updatedAt, query.updated_since) : undefined,
    assigned ? exists(assigned) : undefined,
    tagged ? exists(tagged) : undefined,
    visibleBoards(ctx, cards.boardId),
  ];
  // Rows first, then their positions, assignees and tags for the whole page at once.
  const page = await keysetPage(ctx.db, cards, cards.id, filters, query, (row) => row);
  return { items: await serializeCards(ctx.db, page.items), next_cursor: page.next_cursor };
}
