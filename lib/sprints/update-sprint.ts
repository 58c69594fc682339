import { eq } from "drizzle-orm";
import { sprints, type Sprint } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { findSprint } from "./find-sprint";
import type { SprintJson, UpdateSprintInput } from "./schemas";
import { loadSprintJson } from "./serialize-sprint";

const FIELDS = ["name", "goal", "start_date", "end_date", "capacity", "capacity_unit"] as const;

/** Edits a sprint's own fields (never its status: see the lifecycle actions): sprint.updated with changes. */
export async function updateSprint({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateSprintInput }): Promise<SprintJson> {
  authorize(ctx, "sprints.write");
  return transact(ctx.db, async (tx) => {
    const sprint = await findSprint(ctx, tx, id, { forUpdate: true });
    const before = await loadSprintJson(tx, sprint);
    const set: Partial<Sprint> = {};
    if (input.name !== undefined) set.name = input.name;
    if (input.goal !== undefined) set.goal = input.goal;
    if (input.start_date !== undefined) set.startDate = input.start_date;
    if (input.end_date !== undefined) set.endDate = input.end_date;
    if (input.capacity !== undefined) set.capacity = input.capacity;
    if (input.capacity_unit !== undefined) set.capacityUnit = input.capacity_unit;
    const start = set.startDate !== undefined ? set.startDate : sprint.startDate;
    const end = set.endDate !== undefined ? set.endDate : sprint.endDate;
    if (start && end && end < start) {
      throw invalidRequest("end_date must not be before start_date.", [
        { field: "end_date", message: `${end} is before the start ${start}.` },
      ]);
    }
    const changes = diffChanges(before, { ...before, ...pick(input) }, [...FIELDS]);
    if (Object.keys(changes).length === 0) return before;
    const [row] = await tx
      .update(sprints)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(sprints.id, id))
      .returning();
    const after = await loadSprintJson(tx, row);
    await recordEvent(tx, {
      workspaceId: row.workspaceId,
      boardId: row.boardId,
      type: "sprint.updated",
      actor: ctx.caller.user,
      data: after,
      changes: diffChanges(before, after, [...FIELDS]),
    });
    return after;
  });
}

const pick = (input: UpdateSprintInput) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
