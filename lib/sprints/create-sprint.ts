import { sprints } from "@/db/schema";
import { findBoard } from "@/lib/boards/find-board";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import type { CreateSprintInput, SprintJson } from "./schemas";
import { loadSprintJson } from "./serialize-sprint";

/** Creates a draft sprint on a board: one sprint.created. */
export async function createSprint({ ctx, input }: { ctx: Ctx; input: CreateSprintInput }): Promise<SprintJson> {
  authorize(ctx, "sprints.write");
  return transact(ctx.db, async (tx) => {
    const board = await findBoard(ctx, tx, input.board_id);
    const now = new Date();
    const [row] = await tx
      .insert(sprints)
      .values({
        id: newId("sprint"),
        workspaceId: board.workspaceId,
        boardId: board.id,
        name: input.name,
        goal: input.goal ?? "",
        startDate: input.start_date ?? null,
        endDate: input.end_date ?? null,
        capacity: input.capacity ?? null,
        capacityUnit: input.capacity_unit ?? "points",
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const data = await loadSprintJson(tx, row);
    await recordEvent(tx, { workspaceId: row.workspaceId, type: "sprint.created", boardId: row.boardId, actor: ctx.caller.user, data });
    return data;
  });
}
