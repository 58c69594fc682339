import { and, asc, desc, eq, inArray, lt, notInArray, sql } from "drizzle-orm";
import { generateNKeysBetween } from "fractional-indexing";
import type { Tx } from "@/db/client";
import { cardAssignees, cards, cardTags, tags, type Card, type Tag } from "@/db/schema";
import { AppError, invalidRequest } from "@/lib/core/errors";
import { writeFieldValues } from "@/lib/custom-fields/field-values";
import { findList } from "@/lib/lists/find-list";
import type { Ctx } from "@/lib/workspaces/context";
import type { BulkCardsInput } from "./bulk-schemas";
import { requireBoardMilestone, requireBoardTags, requireMembers, requireOpenSprint } from "./card-links";
import { lockLists } from "./lock-lists";
import type { CardJson } from "./schemas";

/** What an action changed beyond the cards' rows: the tags put on and taken off each card, for their events. */
export type TagChanges = Map<string, { added: Tag[]; removed: Tag[] }>;

const refuse = (cardId: string, field: string, message: string) => invalidRequest(`Card ${cardId}: ${message}`, [{ field, message }]);

/**
 * One bulk action's writes, in a few statements for all the cards (not one PATCH each: a long list
 * would recompute its positions per card). `rows` are the cards locked in id order, `before` their
 * JSON. Every check a single-card PATCH makes is made here first, naming the card it fails for.
 */
export async function applyBulk(
  ctx: Ctx,
  tx: Tx,
  input: BulkCardsInput,
  ids: string[],
  rows: Map<string, Card>,
  before: Map<string, CardJson>,
) {
  const tagChanges: TagChanges = new Map();
  const now = new Date();
  switch (input.action) {
    case "move":
      await moveAll(ctx, tx, ids, rows, input.list_id, input.position);
      break;
    case "complete":
    case "reopen": {
      const completed = input.action === "complete";
      await tx
        .update(cards)
        .set({ completed, completedAt: completed ? now : null })
        .where(and(inArray(cards.id, ids), eq(cards.completed, !completed)));
      break;
    }
    case "archive":
    case "restore":
      await tx
        .update(cards)
        .set({ archived: input.action === "archive" })
        .where(inArray(cards.id, ids));
      break;
    case "add_tags":
    case "remove_tags": {
      const tagsByBoard = await boardTags(tx, ids, rows, input.tag_ids);
      for (const id of ids) {
        const had = new Set(before.get(id)!.tag_ids);
        const named = tagsByBoard.get(rows.get(id)!.boardId)!;
        tagChanges.set(
          id,
          input.action === "add_tags"
            ? { added: named.filter((t) => !had.has(t.id)), removed: [] }
            : { added: [], removed: named.filter((t) => had.has(t.id)) },
        );
      }
      if (input.action === "add_tags") {
        const pairs = ids.flatMap((cardId) => tagChanges.get(cardId)!.added.map((t) => ({ cardId, tagId: t.id })));
        for (let i = 0; i < pairs.length; i += 1000)
          await tx
            .insert(cardTags)
            .values(pairs.slice(i, i + 1000))
            .onConflictDoNothing();
      } else {
        await tx.delete(cardTags).where(and(inArray(cardTags.cardId, ids), inArray(cardTags.tagId, input.tag_ids)));
      }
      break;
    }
    case "add_assignees":
    case "remove_assignees":
      if (input.action === "add_assignees") {
        await requireMembers(tx, ctx.caller.workspaceId, input.assignee_ids);
        const pairs = ids.flatMap((cardId) => input.assignee_ids.map((userId) => ({ cardId, userId })));
        for (let i = 0; i < pairs.length; i += 1000)
          await tx
            .insert(cardAssignees)
            .values(pairs.slice(i, i + 1000))
            .onConflictDoNothing();
      } else {
        await tx.delete(cardAssignees).where(and(inArray(cardAssignees.cardId, ids), inArray(cardAssignees.userId, input.assignee_ids)));
      }
      break;
    case "set":
      await setAll(ctx, tx, input, ids, rows, before, tagChanges);
      break;
    case "delete":
      throw new Error("applyBulk: deletes are removed, not applied");
  }
  return tagChanges;
}

/** Runs a board-level check once per board of the cards; a refusal names the first card of that board. */
async function onEachBoard(
  ids: string[],
  rows: Map<string, Card>,
  field: string,
  check: (boardId: string) => Promise<void>,
): Promise<void> {
  const checked = new Set<string>();
  for (const id of ids) {
    const boardId = rows.get(id)!.boardId;
    if (checked.has(boardId)) continue;
    checked.add(boardId);
    try {
      await check(boardId);
    } catch (error) {
      if (error instanceof AppError) throw refuse(id, field, error.message);
      throw error;
    }
  }
}

/** The named tags by board of the cards, each tag checked to be on every card's board. */
async function boardTags(tx: Tx, ids: string[], rows: Map<string, Card>, tagIds: string[]): Promise<Map<string, Tag[]>> {
  const byBoard = new Map<string, Tag[]>();
  for (const id of ids) {
    const boardId = rows.get(id)!.boardId;
    if (byBoard.has(boardId)) continue;
    try {
      byBoard.set(boardId, await requireBoardTags(tx, boardId, tagIds));
    } catch {
      throw refuse(id, "tag_ids", `the tags ${tagIds.join(", ")} are not all tags of its board.`);
    }
  }
  return byBoard;
}

/**
 * Moves the cards, in the order named, to the end of the list (or from `position` on among its
 * non-archived cards): one set of consecutive ranks between two neighbours, one UPDATE.
 */
async function moveAll(ctx: Ctx, tx: Tx, ids: string[], rows: Map<string, Card>, listId: string, position: number | undefined) {
  const destination = await findList(ctx, tx, listId);
  const stranger = ids.find((id) => rows.get(id)!.boardId !== destination.boardId);
  if (stranger) throw refuse(stranger, "list_id", `a card can only move to a list of its own board; list ${listId} is on another board.`);
  const sources = [...new Set(ids.map((id) => rows.get(id)!.listId))];
  await lockLists(tx, [...sources, listId]);
  const others = and(eq(cards.listId, listId), notInArray(cards.id, ids));
  const [next] =
    position === undefined
      ? []
      : await tx
          .select({ rank: cards.rank })
          .from(cards)
          .where(and(others, eq(cards.archived, false)))
          .orderBy(asc(cards.rank))
          .offset(position)
          .limit(1);
  const [previous] = await tx
    .select({ rank: cards.rank })
    .from(cards)
    .where(and(others, ...(next ? [lt(cards.rank, next.rank)] : [])))
    .orderBy(desc(cards.rank))
    .limit(1);
  const ranks = generateNKeysBetween(previous?.rank ?? null, next?.rank ?? null, ids.length);
  const values = sql.join(
    ids.map((id, i) => sql`(${id}, ${ranks[i]})`),
    sql`, `,
  );
  await tx.execute(
    sql`update ${cards} set list_id = ${listId}, rank = v.rank collate "C" from (values ${values}) as v(id, rank) where ${cards.id} = v.id`,
  );
}

/** `set`: the due date in one UPDATE; tags, assignees and custom fields replaced per card, checked per board. */
async function setAll(
  ctx: Ctx,
  tx: Tx,
  input: Extract<BulkCardsInput, { action: "set" }>,
  ids: string[],
  rows: Map<string, Card>,
  before: Map<string, CardJson>,
  tagChanges: TagChanges,
) {
  if (
    input.due_at === undefined &&
    input.fields === undefined &&
    input.tag_ids === undefined &&
    input.assignee_ids === undefined &&
    input.milestone_id === undefined &&
    input.sprint_id === undefined
  )
    throw invalidRequest("Nothing to set: send due_at, fields, tag_ids, assignee_ids, milestone_id or sprint_id.", [
      { field: "action", message: "Nothing to set." },
    ]);
  if (input.milestone_id !== undefined) {
    const milestoneId = input.milestone_id;
    if (milestoneId !== null) await onEachBoard(ids, rows, "milestone_id", (boardId) => requireBoardMilestone(tx, boardId, milestoneId));
    await tx.update(cards).set({ milestoneId }).where(inArray(cards.id, ids));
  }
  if (input.sprint_id !== undefined) {
    const sprintId = input.sprint_id;
    if (sprintId !== null) await onEachBoard(ids, rows, "sprint_id", (boardId) => requireOpenSprint(tx, boardId, sprintId));
    await tx.update(cards).set({ sprintId }).where(inArray(cards.id, ids));
  }
  if (input.due_at !== undefined) await tx.update(cards).set({ dueAt: input.due_at }).where(inArray(cards.id, ids));
  if (input.assignee_ids !== undefined) {
    await requireMembers(tx, ctx.caller.workspaceId, input.assignee_ids);
    await tx.delete(cardAssignees).where(inArray(cardAssignees.cardId, ids));
    const pairs = ids.flatMap((cardId) => input.assignee_ids!.map((userId) => ({ cardId, userId })));
    for (let i = 0; i < pairs.length; i += 1000) await tx.insert(cardAssignees).values(pairs.slice(i, i + 1000));
  }
  if (input.tag_ids !== undefined) {
    const tagsByBoard = await boardTags(tx, ids, rows, input.tag_ids);
    const goneIds = [...new Set(ids.flatMap((id) => before.get(id)!.tag_ids))].filter((t) => !input.tag_ids!.includes(t));
    const gone = new Map((goneIds.length ? await tx.select().from(tags).where(inArray(tags.id, goneIds)) : []).map((t) => [t.id, t]));
    for (const id of ids) {
      const had = new Set(before.get(id)!.tag_ids);
      const named = tagsByBoard.get(rows.get(id)!.boardId)!;
      const removed = before
        .get(id)!
        .tag_ids.filter((t) => gone.has(t))
        .map((t) => gone.get(t)!);
      tagChanges.set(id, { added: named.filter((t) => !had.has(t.id)), removed });
    }
    await tx.delete(cardTags).where(inArray(cardTags.cardId, ids));
    const pairs = ids.flatMap((cardId) => input.tag_ids!.map((tagId) => ({ cardId, tagId })));
    for (let i = 0; i < pairs.length; i += 1000) await tx.insert(cardTags).values(pairs.slice(i, i + 1000));
  }
  if (input.fields !== undefined) {
    for (const id of ids) {
      try {
        await writeFieldValues(tx, rows.get(id)!, input.fields, before.get(id)!.fields);
      } catch (error) {
        if (error instanceof AppError) throw new AppError(error.code, `Card ${id}: ${error.message}`, { details: error.details });
        throw error;
      }
    }
  }
}
