import { authorize } from "@/lib/workspaces/permissions";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { errorChain } from "@/db/connection-errors";
import { cards, tags, type Card } from "@/db/schema";
import { conflict, invalidRequest, notFound } from "@/lib/core/errors";
import { transact } from "@/lib/events/transaction";
import { findList } from "@/lib/lists/find-list";
import type { Ctx } from "@/lib/workspaces/context";
import { reschedule } from "@/lib/planning/schedule";
import { recordCardUpdateEvents } from "./card-update-events";
import {
  replaceAssignees,
  replaceTags,
  requireBoardMilestone,
  requireBoardTags,
  requireDatesInOrder,
  requireOpenSprint,
  requireCoverImage,
  requireMembers,
} from "./card-links";
import { writeFieldValues } from "@/lib/custom-fields/field-values";
import { cardRankAt } from "./card-rank-at";
import { findCard } from "./find-card";
import { loadCardJson } from "./load-card-json";
import { lockCardMoves, lockLists } from "./lock-lists";
import type { CardJson, UpdateCardInput } from "./schemas";

/** Thrown when the card changed lists between our first look and our lock; the verb retries. */
class MovedMeanwhile extends Error {}

const MAX_ATTEMPTS = 5;

/** SQLSTATEs after which the whole transaction can simply run again: serialization_failure, deadlock_detected. */
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01"]);

const retryable = (error: unknown) =>
  error instanceof MovedMeanwhile || errorChain(error).some((e) => RETRYABLE_SQLSTATES.has((e as { code?: unknown })?.code as string));

/**
 * Edits, moves (list_id and/or position), completes, archives, assigns and tags a card in one
 * transaction. Events: see recordCardUpdateEvents. Moves of one card take turns (lockCardMoves);
 * a transaction that still loses a race (a deadlock with another verb, the card moved by
 * something that does not take that lock) runs again after a short random pause, and after
 * MAX_ATTEMPTS the client is told 409 rather than 500: nothing was changed, it may retry.
 */
export async function updateCard({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateCardInput }): Promise<CardJson> {
  authorize(ctx, "board_content.write");
  return transactCardChanges(ctx, (tx) => applyCardUpdate(ctx, tx, id, input));
}

/**
 * One transaction of card changes, run again after a lost race (see updateCard); after
 * MAX_ATTEMPTS a 409 that says nothing was saved. Bulk actions (bulk-cards.ts) run in it too.
 */
export async function transactCardChanges<T>(ctx: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transact(ctx.db, work);
    } catch (error) {
      if (!retryable(error)) throw error;
      if (attempt >= MAX_ATTEMPTS)
        throw conflict("The card was changed by someone else at the same moment; nothing was saved. Reload it and try again.");
      // 10, 20, 40, 80 ms on average, spread so the losers do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt * (0.5 + Math.random())));
    }
  }
}

async function applyCardUpdate(ctx: Ctx, tx: Tx, id: string, input: UpdateCardInput): Promise<CardJson> {
  // Before the first look, so the list we see is still the card's when we hold its lock.
  if (input.list_id !== undefined || input.position !== undefined) await lockCardMoves(tx, id);
  const seen = await findCard(ctx, tx, id);
  const destinationId = input.list_id ?? seen.listId;
  const changesList = destinationId !== seen.listId;
  const moving = changesList || input.position !== undefined;
  if (changesList) {
    const destination = await findList(ctx, tx, destinationId);
    if (destination.boardId !== seen.boardId) {
      throw invalidRequest("A card can only move to a list of its own board.", [
        { field: "list_id", message: `List ${destinationId} is on another board.` },
      ]);
    }
  }
  // Moves lock both lists (in id order) before the card, so moves within a list take turns.
  if (moving && !(await lockLists(tx, [seen.listId, destinationId])).has(destinationId)) throw notFound("List");
  const card = await findCard(ctx, tx, id, { forUpdate: true });
  if (moving && card.listId !== seen.listId) throw new MovedMeanwhile();
  const before = await loadCardJson(tx, card);

  if (input.assignee_ids) await requireMembers(tx, card.workspaceId, input.assignee_ids);
  const newTags = input.tag_ids ? await requireBoardTags(tx, card.boardId, input.tag_ids) : [];

  const set: Partial<Card> = {};
  if (input.title !== undefined && input.title !== card.title) set.title = input.title;
  if (input.description !== undefined && input.description !== card.description) set.description = input.description;
  if (input.due_at !== undefined && input.due_at?.getTime() !== card.dueAt?.getTime()) set.dueAt = input.due_at;
  if (input.start_at !== undefined && input.start_at?.getTime() !== card.startAt?.getTime()) set.startAt = input.start_at;
  requireDatesInOrder(set.startAt !== undefined ? set.startAt : card.startAt, set.dueAt !== undefined ? set.dueAt : card.dueAt);
  if (input.completed !== undefined && input.completed !== card.completed) {
    set.completed = input.completed;
    set.completedAt = input.completed ? new Date() : null;
  }
  if (input.archived !== undefined && input.archived !== card.archived) set.archived = input.archived;
  if (input.cover_file_id !== undefined && input.cover_file_id !== card.coverFileId) {
    if (input.cover_file_id !== null) await requireCoverImage(tx, card.id, input.cover_file_id);
    set.coverFileId = input.cover_file_id;
  }
  if (input.milestone_id !== undefined && input.milestone_id !== card.milestoneId) {
    if (input.milestone_id !== null) await requireBoardMilestone(tx, card.boardId, input.milestone_id);
    set.milestoneId = input.milestone_id;
  }
  if (input.sprint_id !== undefined && input.sprint_id !== card.sprintId) {
    if (input.sprint_id !== null) await requireOpenSprint(tx, card.boardId, input.sprint_id);
    set.sprintId = input.sprint_id;
  }
  if (input.estimate !== undefined && input.estimate !== card.estimate) set.estimate = input.estimate;
  if (changesList || (input.position !== undefined && input.position !== before.position)) {
    set.listId = destinationId;
    // Into another list without a position means its end; within the list, the asked index.
    set.rank = await cardRankAt(tx, destinationId, input.position, card.id);
  }

  const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const assigneesChange = input.assignee_ids !== undefined && !sameIds(input.assignee_ids, before.assignee_ids);
  const tagsChange = input.tag_ids !== undefined && !sameIds(input.tag_ids, before.tag_ids);
  const fieldsChange = input.fields !== undefined && (await writeFieldValues(tx, card, input.fields, before.fields));
  if (Object.keys(set).length === 0 && !assigneesChange && !tagsChange && !fieldsChange) return before;

  const [row] = await tx
    .update(cards)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(cards.id, id))
    .returning();
  if (assigneesChange) await replaceAssignees(tx, id, input.assignee_ids!);
  const added = tagsChange ? newTags.filter((t) => !before.tag_ids.includes(t.id)) : [];
  const removedIds = tagsChange ? before.tag_ids.filter((t) => !input.tag_ids!.includes(t)) : [];
  const removed = removedIds.length ? await tx.select().from(tags).where(inArray(tags.id, removedIds)) : [];
  if (tagsChange) await replaceTags(tx, id, input.tag_ids!);

  const after = await loadCardJson(tx, row);
  await recordCardUpdateEvents(tx, { actor: ctx.caller.user, before, after, moved: moving, tagsAdded: added, tagsRemoved: removed });
  // New dates push the cards that depend on this one (forward pass), in this transaction.
  if (before.start_at !== after.start_at || before.due_at !== after.due_at) {
    await reschedule(tx, { actor: ctx.caller.user, workspaceId: card.workspaceId, boardId: card.boardId, from: card.id });
  }
  return after;
}
