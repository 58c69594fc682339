import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards, checklistItems, checklists, type Checklist, type ChecklistItem } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { ChecklistItemJson, ChecklistJson } from "./schemas";
import { serializeChecklist, serializeItem } from "./serialize-checklist";

export type FoundChecklist = { checklist: Checklist; boardId: string };

/**
 * A checklist of the caller's workspace with its card's board (404 outside a board-restricted
 * token's boards). `forUpdate` locks the checklist row: every item write takes this lock first,
 * so positions are renumbered by one transaction at a time.
 */
export async function findChecklist(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<FoundChecklist> {
  if (!isIdOf("checklist", id)) throw notFound("Checklist");
  const query = db
    .select({ checklist: checklists, boardId: cards.boardId })
    .from(checklists)
    .innerJoin(cards, eq(cards.id, checklists.cardId))
    .where(and(eq(checklists.id, id), eq(checklists.workspaceId, ctx.caller.workspaceId)));
  const [row] = options.forUpdate ? await query.for("update", { of: checklists }) : await query;
  if (!row || !canSeeBoard(ctx, row.boardId)) throw notFound("Checklist");
  return row;
}

/** An item of a checklist already found (and so already scoped to the caller). */
export async function findItem(db: DbOrTx, checklistId: string, itemId: string): Promise<ChecklistItem> {
  if (!isIdOf("checklistItem", itemId)) throw notFound("Checklist item");
  const [item] = await db
    .select()
    .from(checklistItems)
    .where(and(eq(checklistItems.id, itemId), eq(checklistItems.checklistId, checklistId)));
  if (!item) throw notFound("Checklist item");
  return item;
}

export async function itemsOf(db: DbOrTx, checklistIds: string[]): Promise<ChecklistItem[]> {
  if (checklistIds.length === 0) return [];
  return db
    .select()
    .from(checklistItems)
    .where(inArray(checklistItems.checklistId, checklistIds))
    .orderBy(asc(checklistItems.checklistId), asc(checklistItems.position));
}

/** `GET /v1/checklists/{id}`: the checklist with its items in position order. */
export async function getChecklist({ ctx, id }: { ctx: Ctx; id: string }): Promise<ChecklistJson> {
  const { checklist } = await findChecklist(ctx, ctx.db, id);
  return serializeChecklist(checklist, await itemsOf(ctx.db, [id]));
}

/** `GET /v1/checklists/{id}/items/{item_id}`: one item of the checklist. */
export async function getChecklistItem({ ctx, id, itemId }: { ctx: Ctx; id: string; itemId: string }): Promise<ChecklistItemJson> {
  const { checklist } = await findChecklist(ctx, ctx.db, id);
  return serializeItem(await findItem(ctx.db, id, itemId), checklist.cardId);
}
