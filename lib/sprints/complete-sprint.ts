import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { cards, sprints, type SprintSnapshot } from "@/db/schema";
import { serializeCards } from "@/lib/cards/load-card-json";
import { conflict, invalidRequest } from "@/lib/core/errors";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { recordSprintChange } from "./card-sprint-events";
import { findSprint } from "./find-sprint";
import { requireTransition, type SprintStatus } from "./lifecycle";
import type { CompleteSprintInput, SprintJson } from "./schemas";
import { applyTransition } from "./transition-sprint";

const points = (list: { estimate: number | null }[]) => list.reduce((sum, c) => sum + (c.estimate ?? 0), 0);

/**
 * Completes a sprint (from active or review). Its unfinished cards move to the next sprint (given,
 * or the board's earliest draft or planned one) or to the backlog, each with card.sprint_changed;
 * the sprint stores a snapshot (committed, completed, carried over) and goal_achieved, and records
 * sprint.completed with the sprint as it is afterwards.
 */
export async function completeSprint({ ctx, id, input }: { ctx: Ctx; id: string; input: CompleteSprintInput }): Promise<SprintJson> {
  authorize(ctx, "sprints.write");
  return transact(ctx.db, async (tx) => {
    const sprint = await findSprint(ctx, tx, id, { forUpdate: true });
    requireTransition(sprint.status as SprintStatus, "complete");
    if (input.unfinished === "backlog" && input.next_sprint_id) {
      throw invalidRequest("next_sprint_id goes with unfinished: next_sprint.", [
        { field: "next_sprint_id", message: "Leave it out to send unfinished cards to the backlog." },
      ]);
    }
    let target: string | null = null;
    if (input.next_sprint_id) {
      const [next] = await tx
        .select()
        .from(sprints)
        .where(and(eq(sprints.id, input.next_sprint_id), eq(sprints.boardId, sprint.boardId), ne(sprints.id, sprint.id)));
      if (!next || !["draft", "planned"].includes(next.status)) {
        throw invalidRequest("The next sprint must be a draft or planned sprint of the same board.", [
          {
            field: "next_sprint_id",
            message: `Sprint ${input.next_sprint_id} is not a draft or planned sprint of board ${sprint.boardId}.`,
          },
        ]);
      }
      target = next.id;
    } else if (input.unfinished !== "backlog") {
      const [next] = await tx
        .select({ id: sprints.id })
        .from(sprints)
        .where(and(eq(sprints.boardId, sprint.boardId), inArray(sprints.status, ["draft", "planned"]), ne(sprints.id, sprint.id)))
        .orderBy(sql`${sprints.startDate} asc nulls last`, asc(sprints.id))
        .limit(1);
      if (!next && input.unfinished === "next_sprint")
        throw conflict("The board has no draft or planned sprint to carry unfinished cards over to.");
      target = next?.id ?? null;
    }

    const members = await tx
      .select()
      .from(cards)
      .where(and(eq(cards.sprintId, sprint.id), eq(cards.archived, false)))
      .orderBy(asc(cards.id))
      .for("update");
    const done = members.filter((c) => c.completed);
    const unfinished = members.filter((c) => !c.completed);
    const snapshot: SprintSnapshot = {
      committed_cards: members.length,
      committed_points: points(members),
      completed_cards: done.length,
      completed_points: points(done),
      carried_over_cards: unfinished.length,
      carried_over_points: points(unfinished),
      carried_over_card_ids: unfinished.map((c) => c.id),
      carried_over_to: target,
    };
    const moved = unfinished.length
      ? await tx
          .update(cards)
          .set({ sprintId: target, updatedAt: new Date() })
          .where(
            inArray(
              cards.id,
              unfinished.map((c) => c.id),
            ),
          )
          .returning()
      : [];
    const after = await applyTransition(tx, {
      actor: ctx.caller.user,
      sprint,
      action: "complete",
      extra: { completedAt: new Date(), snapshot, goalAchieved: input.goal_achieved ?? unfinished.length === 0 },
    });
    moved.sort((a, b) => a.id.localeCompare(b.id));
    for (const card of await serializeCards(tx, moved))
      await recordSprintChange(tx, { actor: ctx.caller.user, card, previousSprintId: sprint.id });
    return after;
  });
}
