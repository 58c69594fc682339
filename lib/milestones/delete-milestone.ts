import { eq } from "drizzle-orm";
import { cards, milestones } from "@/db/schema";
import { recordCardUpdateEvents } from "@/lib/cards/card-update-events";
import { serializeCards } from "@/lib/cards/load-card-json";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { findMilestone } from "./find-milestone";
import { loadMilestoneJson } from "./serialize-milestone";

/**
 * Deletes a milestone: milestone.deleted (data: its last state), and each of its cards leaves it
 * with a card.updated (changes.milestone_id), as if moved out by PATCH.
 */
export async function deleteMilestone({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "milestones.write");
  await transact(ctx.db, async (tx) => {
    const milestone = await findMilestone(ctx, tx, id, { forUpdate: true });
    const last = await loadMilestoneJson(tx, milestone);
    const members = await tx.select().from(cards).where(eq(cards.milestoneId, id)).orderBy(cards.id).for("update");
    const befores = await serializeCards(tx, members);
    const now = new Date();
    const moved = members.length
      ? await tx.update(cards).set({ milestoneId: null, updatedAt: now }).where(eq(cards.milestoneId, id)).returning()
      : [];
    await tx.delete(milestones).where(eq(milestones.id, id));
    const base = { workspaceId: milestone.workspaceId, boardId: milestone.boardId, actor: ctx.caller.user };
    await recordEvent(tx, { ...base, type: "milestone.deleted", data: last });
    const afters = new Map((await serializeCards(tx, moved)).map((c) => [c.id, c]));
    for (const before of befores) {
      const after = afters.get(before.id)!;
      await recordCardUpdateEvents(tx, { actor: ctx.caller.user, before, after, moved: false, tagsAdded: [], tagsRemoved: [] });
    }
  });
}
