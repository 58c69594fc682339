import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { checklists } from "@/db/schema";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findChecklist, itemsOf } from "./find-checklist";
import type { ChecklistJson, UpdateChecklistInput } from "./schemas";
import { serializeChecklist } from "./serialize-checklist";

/** Renames a checklist. No event: the catalog has none for it (see record-item-event.ts). */
export async function updateChecklist({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateChecklistInput }): Promise<ChecklistJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const found = await findChecklist(ctx, tx, id, { forUpdate: true });
    const [checklist] =
      found.checklist.title === input.title
        ? [found.checklist]
        : await tx.update(checklists).set({ title: input.title, updatedAt: new Date() }).where(eq(checklists.id, id)).returning();
    return serializeChecklist(checklist, await itemsOf(tx, [id]));
  });
}
