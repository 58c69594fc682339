import { and, eq, inArray } from "drizzle-orm";
import { cardDependencies, workspaces } from "@/db/schema";
import { findCard } from "@/lib/cards/find-card";
import { conflict, invalidRequest } from "@/lib/core/errors";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { cyclePath, SCHEDULING_TYPES } from "@/lib/planning/forward-pass";
import { reschedule } from "@/lib/planning/schedule";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import type { CreateDependencyInput, DependencyJson } from "./schemas";
import { serializeDependencies } from "./serialize-dependency";

const scheduling = new Set<string>(SCHEDULING_TYPES);

/**
 * "Card `cardId` depends on `depends_on_id`": dependency.created, then (for the four scheduling
 * types) the scheduler moves the card and what follows it if the new link asks it to. A link that
 * would close a cycle of scheduling links is refused (400 naming the path); links of a workspace
 * are created one at a time (its row is locked), so two racing links cannot close one together.
 */
export async function createDependency({
  ctx,
  cardId,
  input,
}: {
  ctx: Ctx;
  cardId: string;
  input: CreateDependencyInput;
}): Promise<DependencyJson> {
  authorize(ctx, "dependencies.write");
  const type = input.type ?? "finish_to_start";
  const lagDays = input.lag_days ?? 0;
  if (!scheduling.has(type) && lagDays !== 0) {
    throw invalidRequest("Only scheduling dependencies take a lag.", [{ field: "lag_days", message: `A ${type} link has no lag.` }]);
  }
  return transact(ctx.db, async (tx) => {
    await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, ctx.caller.workspaceId)).for("update");
    const card = await findCard(ctx, tx, cardId);
    if (input.depends_on_id === card.id) {
      throw invalidRequest("A card cannot depend on itself.", [{ field: "depends_on_id", message: "Name another card." }]);
    }
    const predecessor = await findCard(ctx, tx, input.depends_on_id).catch(() => {
      throw invalidRequest("The card depended on must be a card of this workspace.", [
        { field: "depends_on_id", message: `Card ${input.depends_on_id} was not found.` },
      ]);
    });
    const [existing] = await tx
      .select({ id: cardDependencies.id })
      .from(cardDependencies)
      .where(
        and(inArray(cardDependencies.cardId, [card.id, predecessor.id]), inArray(cardDependencies.dependsOnId, [card.id, predecessor.id])),
      );
    if (existing) throw conflict(`Cards ${card.id} and ${predecessor.id} are already linked (${existing.id}); delete that link first.`);
    if (scheduling.has(type)) {
      const edges = await tx
        .select({ cardId: cardDependencies.cardId, dependsOnId: cardDependencies.dependsOnId })
        .from(cardDependencies)
        .where(and(eq(cardDependencies.workspaceId, card.workspaceId), inArray(cardDependencies.type, [...SCHEDULING_TYPES])));
      const path = cyclePath(edges, card.id, predecessor.id);
      if (path) {
        const named = path.join(" → ");
        throw invalidRequest(`This dependency would make a cycle: ${named} (each card must come before the next).`, [
          { field: "depends_on_id", message: `Cycle: ${named}.` },
        ]);
      }
    }
    const [row] = await tx
      .insert(cardDependencies)
      .values({
        id: newId("dependency"),
        workspaceId: card.workspaceId,
        boardId: card.boardId,
        cardId: card.id,
        dependsOnId: predecessor.id,
        type,
        lagDays,
        createdBy: ctx.caller.user.id,
      })
      .returning();
    const [data] = await serializeDependencies(tx, [row]);
    await recordEvent(tx, { workspaceId: row.workspaceId, boardId: row.boardId, type: "dependency.created", actor: ctx.caller.user, data });
    if (scheduling.has(type)) {
      await reschedule(tx, { actor: ctx.caller.user, workspaceId: card.workspaceId, boardId: predecessor.boardId, from: predecessor.id });
    }
    return data;
  });
}
