import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cardAssignees, cards, timeEntries } from "@/db/schema";
import { loadCardJson } from "@/lib/cards/load-card-json";
import { recordAssignmentEvents } from "@/lib/cards/record-assignment-events";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { stopTimerInTransaction } from "@/lib/time-entries/stop-timer";
import type { Ctx } from "@/lib/workspaces/context";

/**
 * Someone who leaves a workspace must not stay assigned to its cards (assignee_ids would name a
 * stranger) nor keep a timer running in it. Each unassignment is a card.updated event and the
 * timer stop a time_entry.stopped event, as if done by hand, so integrations hear of them (with the
 * card.unassigned of each card).
 */
export async function releaseDepartedMember(ctx: Ctx, tx: Tx, userId: string): Promise<void> {
  const workspaceId = ctx.caller.workspaceId;
  const assigned = await tx
    .select({ card: cards })
    .from(cardAssignees)
    .innerJoin(cards, eq(cards.id, cardAssignees.cardId))
    .where(and(eq(cardAssignees.userId, userId), eq(cards.workspaceId, workspaceId)));
  for (const { card } of assigned) {
    const before = await loadCardJson(tx, card);
    await tx.delete(cardAssignees).where(and(eq(cardAssignees.cardId, card.id), eq(cardAssignees.userId, userId)));
    const after = await loadCardJson(tx, card);
    await recordEvent(tx, {
      workspaceId,
      type: "card.updated",
      boardId: card.boardId,
      actor: ctx.caller.user,
      data: after,
      changes: diffChanges(before, after, ["assignee_ids"]),
    });
    await recordAssignmentEvents(tx, { actor: ctx.caller.user, card: after, added: [], removed: [userId] });
  }
  const running = await tx
    .select({ id: timeEntries.id })
    .from(timeEntries)
    .where(and(eq(timeEntries.userId, userId), eq(timeEntries.workspaceId, workspaceId), isNull(timeEntries.endedAt)));
  for (const { id } of running) await stopTimerInTransaction(ctx, tx, id);
}
