import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cards, type Card } from "@/db/schema";
import { forbidden, invalidRequest, notFound } from "@/lib/core/errors";
import { recordEvent, withBatchedEvents } from "@/lib/events/record-event";
import { onCommit } from "@/lib/events/transaction";
import { purgeSoon } from "@/lib/files/purge-files";
import { compileQueryParam } from "@/lib/filters";
import { reschedule } from "@/lib/planning/schedule";
import { canSeeBoard, requireBoardAccess, visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { applyBulk } from "./bulk-apply";
import { MAX_BULK_CARDS, type BulkCardsInput, type BulkCardsResultJson } from "./bulk-schemas";
import { recordCardUpdateEvents } from "./card-update-events";
import { serializeCards } from "./load-card-json";
import { lockLists } from "./lock-lists";
import type { CardJson } from "./schemas";
import { transactCardChanges } from "./update-card";

/**
 * `POST /v1/cards/bulk`: one action on up to 1000 cards, all or nothing in one transaction. The
 * writes are a few statements for all the cards (bulk-apply.ts); each card then records exactly
 * the events its single-card PATCH or DELETE would (recordCardUpdateEvents), from its state before
 * and after. A refusal for one card names it and changes none.
 */
export async function bulkCards({ ctx, input }: { ctx: Ctx; input: BulkCardsInput }): Promise<BulkCardsResultJson> {
  authorize(ctx, "board_content.write");
  const ids = input.card_ids ?? (await matchingIds(ctx, input));
  if (ids.length === 0) return { action: input.action, count: 0, items: [] };
  return transactCardChanges(ctx, (tx) => withBatchedEvents(tx, () => applyToSelection(ctx, tx, input, ids)));
}

/** The action inside its transaction: lock, check, write, then each card's events. */
async function applyToSelection(ctx: Ctx, tx: Tx, input: BulkCardsInput, ids: string[]): Promise<BulkCardsResultJson> {
  const rows = await lockSelection(ctx, tx, ids, input.action === "move" ? input.list_id : undefined);
  const before = new Map((await serializeCards(tx, [...rows.values()])).map((c) => [c.id, c]));
  if (input.action === "delete") {
    await tx.delete(cards).where(inArray(cards.id, ids));
    // Their files' rows cascade; the bytes leave the storage after commit (lib/files/purge-files.ts).
    onCommit(tx, purgeSoon);
    for (const id of ids) {
      const data = before.get(id)!;
      await recordEvent(tx, {
        workspaceId: data.workspace_id,
        type: "card.deleted",
        boardId: data.board_id,
        actor: ctx.caller.user,
        data,
      });
    }
    return { action: input.action, count: ids.length, items: [] };
  }
  const tagChanges = await applyBulk(ctx, tx, input, ids, rows, before);
  const after = await afterwards(tx, ids, before);
  for (const id of ids) {
    const tags = tagChanges.get(id);
    await recordCardUpdateEvents(tx, {
      actor: ctx.caller.user,
      before: before.get(id)!,
      after: after.get(id)!,
      moved: input.action === "move",
      tagsAdded: tags?.added ?? [],
      tagsRemoved: tags?.removed ?? [],
    });
  }
  // New dates push the cards that depend on these (the scheduler), as a single PATCH does.
  for (const id of ids) {
    const [was, now] = [before.get(id)!, after.get(id)!];
    if (was.start_at !== now.start_at || was.due_at !== now.due_at)
      await reschedule(tx, { actor: ctx.caller.user, workspaceId: now.workspace_id, boardId: now.board_id, from: id });
  }
  return { action: input.action, count: ids.length, items: ids.map((id) => after.get(id)!) };
}

/** The cards matching the query (oldest first), refused when more than a call may change. */
async function matchingIds(ctx: Ctx, input: BulkCardsInput): Promise<string[]> {
  if (input.board_id) requireBoardAccess(ctx, input.board_id);
  const filter = compileQueryParam("query", input.query, { userId: ctx.caller.user.id, now: new Date() });
  const rows = await ctx.db
    .select({ id: cards.id })
    .from(cards)
    .where(
      and(
        eq(cards.workspaceId, ctx.caller.workspaceId),
        filter.mentionsArchived ? undefined : eq(cards.archived, false),
        filter.where,
        input.board_id ? eq(cards.boardId, input.board_id) : undefined,
        visibleBoards(ctx, cards.boardId),
      ),
    )
    .orderBy(cards.id)
    .limit(MAX_BULK_CARDS + 1);
  if (rows.length > MAX_BULK_CARDS)
    throw invalidRequest(`The query matches more than ${MAX_BULK_CARDS} cards; narrow it (at most ${MAX_BULK_CARDS} per call).`, [
      { field: "query", message: `Matches more than ${MAX_BULK_CARDS} cards.` },
    ]);
  return rows.map((r) => r.id);
}

/**
 * Every named card, checked and locked before anything changes: a card of another workspace (or
 * none) is 404 naming it, one outside a board-restricted token's boards 403 naming it. For a move
 * the lists are locked first (id order), then the cards (id order), as a single move does.
 */
async function lockSelection(ctx: Ctx, tx: Tx, ids: string[], destinationListId: string | undefined): Promise<Map<string, Card>> {
  const scope = and(inArray(cards.id, ids), eq(cards.workspaceId, ctx.caller.workspaceId));
  const seen = await tx.select({ id: cards.id, boardId: cards.boardId, listId: cards.listId }).from(cards).where(scope);
  const known = new Map(seen.map((r) => [r.id, r]));
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw notFound(`Card ${missing}`);
  const hidden = seen.find((r) => !canSeeBoard(ctx, r.boardId));
  if (hidden) throw forbidden(`This API token is restricted to other boards and cannot change card ${hidden.id}.`);
  if (destinationListId) await lockLists(tx, [...seen.map((r) => r.listId), destinationListId]);
  const rows = await tx.select().from(cards).where(scope).orderBy(asc(cards.id)).for("update");
  return new Map(rows.map((r) => [r.id, r]));
}

/** The cards' JSON after the writes; those that changed get one updated_at, as a PATCH that changes something does. */
async function afterwards(tx: Tx, ids: string[], before: Map<string, CardJson>): Promise<Map<string, CardJson>> {
  const rows = await tx.select().from(cards).where(inArray(cards.id, ids));
  const after = new Map((await serializeCards(tx, rows)).map((c) => [c.id, c]));
  const same = (a: CardJson, b: CardJson) => JSON.stringify({ ...a, updated_at: "" }) === JSON.stringify({ ...b, updated_at: "" });
  const changed = ids.filter((id) => !same(before.get(id)!, after.get(id)!));
  if (changed.length > 0) {
    const now = new Date();
    await tx.update(cards).set({ updatedAt: now }).where(inArray(cards.id, changed));
    for (const id of changed) after.set(id, { ...after.get(id)!, updated_at: now.toISOString() });
  }
  return after;
}
