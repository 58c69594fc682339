import { and, desc, eq, exists, gt, gte, inArray, lt, type SQL } from "drizzle-orm";
import { cardAssignees, cards, cardTags } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import { requireBoardAccess } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { serializeCards } from "./load-card-json";
import type { CardJson, ListCardsQuery } from "./schemas";

/**
 * Cards of the workspace matching the filters, newest first by id (a stable keyset cursor); each
 * carries its `position` in its list. Archived cards are left out unless `archived=true`.
 */
export async function listCards({ ctx, query }: { ctx: Ctx; query: ListCardsQuery }): Promise<Page<CardJson>> {
  const filters: SQL[] = [eq(cards.workspaceId, ctx.caller.workspaceId), eq(cards.archived, query.archived)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(cards.id, after));
  if (query.board_id) {
    // Naming a board outside a restricted token's boards is refused outright (403), like GET /boards/{id}.
    requireBoardAccess(ctx, query.board_id);
    filters.push(eq(cards.boardId, query.board_id));
  }
  if (query.list_id) filters.push(eq(cards.listId, query.list_id));
  if (query.completed !== undefined) filters.push(eq(cards.completed, query.completed));
  if (query.due_before) filters.push(lt(cards.dueAt, query.due_before));
  if (query.due_after) filters.push(gt(cards.dueAt, query.due_after));
  if (query.updated_since) filters.push(gte(cards.updatedAt, query.updated_since));
  if (query.assignee_id) {
    const assigned = ctx.db.select({ one: cardAssignees.cardId }).from(cardAssignees).where(and(eq(cardAssignees.cardId, cards.id), eq(cardAssignees.userId, query.assignee_id)));
    filters.push(exists(assigned));
  }
  if (query.tag_id) {
    const tagged = ctx.db.select({ one: cardTags.cardId }).from(cardTags).where(and(eq(cardTags.cardId, cards.id), eq(cardTags.tagId, query.tag_id)));
    filters.push(exists(tagged));
  }
  const restricted = ctx.caller.token?.boardIds;
  if (restricted) filters.push(inArray(cards.boardId, restricted.length ? restricted : [""]));
  const rows = await ctx.db
    .select()
    .from(cards)
    .where(and(...filters))
    .orderBy(desc(cards.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => row);
  return { items: await serializeCards(ctx.db, page.items), next_cursor: page.next_cursor };
}
