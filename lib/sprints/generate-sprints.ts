import { count, eq, max } from "drizzle-orm";
import { sprints } from "@/db/schema";
import { findBoard } from "@/lib/boards/find-board";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import type { GenerateSprintsInput, SprintJson } from "./schemas";
import { loadSprintJson } from "./serialize-sprint";

const DAY = 86_400_000;
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fromDate = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * The board's cadence: the next `count` draft sprints of `length_days` each, back to back. They
 * are the board's doing, not the caller's: each sprint.created has `actor: null`.
 */
export async function generateSprints({ ctx, input }: { ctx: Ctx; input: GenerateSprintsInput }): Promise<{ items: SprintJson[] }> {
  authorize(ctx, "sprints.write");
  return transact(ctx.db, async (tx) => {
    // The board's lock keeps two generations from numbering and dating the same sprints.
    const board = await findBoard(ctx, tx, input.board_id, { forUpdate: true });
    const [existing] = await tx
      .select({ n: count(), lastEnd: max(sprints.endDate) })
      .from(sprints)
      .where(eq(sprints.boardId, board.id));
    let start = input.start_date
      ? fromDate(input.start_date)
      : existing.lastEnd
        ? fromDate(existing.lastEnd) + DAY
        : fromDate(toDate(Date.now()));
    const items: SprintJson[] = [];
    for (let i = 0; i < input.count; i++) {
      const now = new Date();
      const [row] = await tx
        .insert(sprints)
        .values({
          id: newId("sprint"),
          workspaceId: board.workspaceId,
          boardId: board.id,
          name: `${input.name_prefix ?? "Sprint"} ${Number(existing.n) + i + 1}`,
          startDate: toDate(start),
          endDate: toDate(start + (input.length_days - 1) * DAY),
          capacity: input.capacity ?? null,
          capacityUnit: input.capacity_unit ?? "points",
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const data = await loadSprintJson(tx, row);
      await recordEvent(tx, { workspaceId: row.workspaceId, boardId: row.boardId, type: "sprint.created", actor: null, data });
      items.push(data);
      start += input.length_days * DAY;
    }
    return { items };
  });
}
