import { eq, sql } from "drizzle-orm";
import { milestones } from "@/db/schema";
import { findBoard } from "@/lib/boards/find-board";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import type { CreateMilestoneInput, MilestoneJson } from "./schemas";
import { loadMilestoneJson } from "./serialize-milestone";

/** Creates a board milestone: one milestone.created (data: the milestone, progress empty). */
export async function createMilestone({ ctx, input }: { ctx: Ctx; input: CreateMilestoneInput }): Promise<MilestoneJson> {
  authorize(ctx, "milestones.write");
  return transact(ctx.db, async (tx) => {
    // The board's row lock serializes "after the last one" positions of racing creates.
    const board = await findBoard(ctx, tx, input.board_id, { forUpdate: true });
    let position = input.position;
    if (position === undefined) {
      const [last] = await tx
        .select({ max: sql<number | null>`max(${milestones.position})` })
        .from(milestones)
        .where(eq(milestones.boardId, board.id));
      position = last?.max == null ? 0 : Number(last.max) + 1;
    }
    const status = input.status ?? "open";
    const now = new Date();
    const [row] = await tx
      .insert(milestones)
      .values({
        id: newId("milestone"),
        workspaceId: board.workspaceId,
        boardId: board.id,
        name: input.name,
        description: input.description ?? "",
        dueAt: input.due_at ?? null,
        status,
        completedAt: status === "done" ? now : null,
        position,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const data = await loadMilestoneJson(tx, row);
    await recordEvent(tx, { workspaceId: row.workspaceId, type: "milestone.created", boardId: row.boardId, actor: ctx.caller.user, data });
    return data;
  });
}
