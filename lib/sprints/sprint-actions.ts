import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { findSprint } from "./find-sprint";
import { alreadyActive, type SprintAction } from "./lifecycle";
import type { SprintJson } from "./schemas";
import { applyTransition, isUniqueViolation } from "./transition-sprint";

/** `POST /v1/sprints/{id}/plan|activate|start_review|pause|resume` (complete has its own verb: it carries cards over). */
export async function transitionSprint({
  ctx,
  id,
  action,
}: {
  ctx: Ctx;
  id: string;
  action: Exclude<SprintAction, "complete">;
}): Promise<SprintJson> {
  authorize(ctx, "sprints.write");
  try {
    return await transact(ctx.db, async (tx) => {
      const sprint = await findSprint(ctx, tx, id, { forUpdate: true });
      return applyTransition(tx, { actor: ctx.caller.user, sprint, action });
    });
  } catch (error) {
    // Two sprints of a board activated at the same moment: the index lets one through.
    if (isUniqueViolation(error)) {
      const sprint = await findSprint(ctx, ctx.db, id);
      throw alreadyActive(sprint.boardId);
    }
    throw error;
  }
}
