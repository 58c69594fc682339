import { authorize } from "@/lib/workspaces/permissions";
import { cards } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { findList } from "@/lib/lists/find-list";
import type { Ctx } from "@/lib/workspaces/context";
import { recordAssignmentEvents } from "./record-assignment-events";
import {
  replaceAssignees,
  replaceTags,
  requireBoardMilestone,
  requireBoardTags,
  requireDatesInOrder,
  requireOpenSprint,
  requireMembers,
} from "./card-links";
import { cardRankAt } from "./card-rank-at";
import { findCard } from "./find-card";
import { loadCardJson } from "./load-card-json";
import { writeFieldValues } from "@/lib/custom-fields/field-values";
import type { CardJson, CreateCardInput } from "./schemas";

/** Creates a card in a list, at the end or at `position`: one card.created event (tags included), then one card.assigned per assignee. */
export async function createCard({ ctx, input }: { ctx: Ctx; input: CreateCardInput }): Promise<CardJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    // Locking the list serializes rank generation with concurrent creates and moves into it.
    const list = await findList(ctx, tx, input.list_id, { forUpdate: true });
    await requireMembers(tx, list.workspaceId, input.assignee_ids ?? []);
    await requireBoardTags(tx, list.boardId, input.tag_ids ?? []);
    if (input.milestone_id) await requireBoardMilestone(tx, list.boardId, input.milestone_id);
    requireDatesInOrder(input.start_at ?? null, input.due_at ?? null);
    if (input.sprint_id) await requireOpenSprint(tx, list.boardId, input.sprint_id);
    const id = newId("card");
    const now = new Date();
    await tx.insert(cards).values({
      id,
      workspaceId: list.workspaceId,
      boardId: list.boardId,
      listId: list.id,
      title: input.title,
      description: input.description ?? "",
      rank: await cardRankAt(tx, list.id, input.position),
      startAt: input.start_at ?? null,
      dueAt: input.due_at ?? null,
      completed: input.completed ?? false,
      completedAt: input.completed ? now : null,
      createdBy: ctx.caller.user.id,
      milestoneId: input.milestone_id ?? null,
      sprintId: input.sprint_id ?? null,
      estimate: input.estimate ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await replaceAssignees(tx, id, input.assignee_ids ?? []);
    await replaceTags(tx, id, input.tag_ids ?? []);
    if (input.fields) await writeFieldValues(tx, { id, boardId: list.boardId, workspaceId: list.workspaceId }, input.fields, {});
    const data = await loadCardJson(tx, await findCard(ctx, tx, id));
    await recordEvent(tx, { workspaceId: list.workspaceId, type: "card.created", boardId: list.boardId, actor: ctx.caller.user, data });
    await recordAssignmentEvents(tx, { actor: ctx.caller.user, card: data, added: data.assignee_ids, removed: [] });
    return data;
  });
}
