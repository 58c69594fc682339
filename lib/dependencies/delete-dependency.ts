import { eq } from "drizzle-orm";
import { cardDependencies } from "@/db/schema";
import { findCard } from "@/lib/cards/find-card";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { findDependency } from "./find-dependency";
import { serializeDependencies } from "./serialize-dependency";

/** Removes a link: dependency.deleted (its last state). Dates stay where the scheduler put them. */
export async function deleteDependency({ ctx, cardId, id }: { ctx: Ctx; cardId: string; id: string }): Promise<void> {
  authorize(ctx, "dependencies.write");
  await transact(ctx.db, async (tx) => {
    await findCard(ctx, tx, cardId);
    const row = await findDependency(ctx, tx, cardId, id);
    const [last] = await serializeDependencies(tx, [row]);
    await tx.delete(cardDependencies).where(eq(cardDependencies.id, id));
    await recordEvent(tx, {
      workspaceId: row.workspaceId,
      boardId: row.boardId,
      type: "dependency.deleted",
      actor: ctx.caller.user,
      data: last,
    });
  });
}
