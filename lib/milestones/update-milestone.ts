import { eq } from "drizzle-orm";
import { milestones, type Milestone } from "@/db/schema";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { findMilestone } from "./find-milestone";
import type { MilestoneJson, UpdateMilestoneInput } from "./schemas";
import { loadMilestoneJson } from "./serialize-milestone";

const FIELDS = ["name", "description", "due_at", "position"] as const;

/**
 * Edits a milestone. Events, each with data = the milestone afterwards:
 * - milestone.updated for name, description, due_at, position, and reopening (status, completed_at); changes: only those
 * - milestone.completed when status went open → done
 */
export async function updateMilestone({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateMilestoneInput }): Promise<MilestoneJson> {
  authorize(ctx, "milestones.write");
  return transact(ctx.db, async (tx) => {
    const milestone = await findMilestone(ctx, tx, id, { forUpdate: true });
    const before = await loadMilestoneJson(tx, milestone);
    const set: Partial<Milestone> = {};
    if (input.name !== undefined && input.name !== milestone.name) set.name = input.name;
    if (input.description !== undefined && input.description !== milestone.description) set.description = input.description;
    if (input.due_at !== undefined && input.due_at?.getTime() !== milestone.dueAt?.getTime()) set.dueAt = input.due_at;
    if (input.position !== undefined && input.position !== milestone.position) set.position = input.position;
    if (input.status !== undefined && input.status !== milestone.status) {
      set.status = input.status;
      set.completedAt = input.status === "done" ? new Date() : null;
    }
    if (Object.keys(set).length === 0) return before;
    const [row] = await tx
      .update(milestones)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(milestones.id, id))
      .returning();
    const after = await loadMilestoneJson(tx, row);
    const base = { workspaceId: row.workspaceId, boardId: row.boardId, actor: ctx.caller.user, data: after };
    const fields: (keyof MilestoneJson & string)[] = [...FIELDS];
    if (before.status === "done" && after.status === "open") fields.push("status", "completed_at");
    const changes = diffChanges(before, after, fields);
    if (Object.keys(changes).length > 0) await recordEvent(tx, { ...base, type: "milestone.updated", changes });
    if (before.status === "open" && after.status === "done") await recordEvent(tx, { ...base, type: "milestone.completed" });
    return after;
  });
}
