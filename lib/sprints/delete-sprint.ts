import { eq } from "drizzle-orm";
import { cards, sprints } from "@/db/schema";
import { serializeCards } from "@/lib/cards/load-card-json";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { recordSprintChange } from "./card-sprint-events";
import { findSprint } from "./find-sprint";
import { loadSprintJson } from "./serialize-sprint";

/** Deletes a sprint: sprint.deleted (its last state); its cards go to the backlog, each with card.sprint_changed. */
export async function deleteSprint({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "sprints.write");
  await transact(ctx.db, async (tx) => {
    const sprint = await findSprint(ctx, tx, id, { forUpdate: true });
    const last = await loadSprintJson(tx, sprint);
    await tx.select({ id: cards.id }).from(cards).where(eq(cards.sprintId, id)).for("update");
    const moved = await tx.update(cards).set({ sprintId: null, updatedAt: new Date() }).where(eq(cards.sprintId, id)).returning();
    await tx.delete(sprints).where(eq(sprints.id, id));
    await recordEvent(tx, {
      workspaceId: sprint.workspaceId,
      boardId: sprint.boardId,
      type: "sprint.deleted",
      actor: ctx.caller.user,
      data: last,
    });
    moved.sort((a, b) => a.id.localeCompare(b.id));
    for (const card of await serializeCards(tx, moved))
      await recordSprintChange(tx, { actor: ctx.caller.user, card, previousSprintId: id });
  });
}
