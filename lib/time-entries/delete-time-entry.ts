import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { timeEntries } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findTimeEntry, requireOwnEntryOrAdmin } from "./find-time-entry";
import { serializeTimeEntry } from "./serialize-time-entry";

/** Deletes an entry (running or not); the event carries its last state. */
export async function deleteTimeEntry({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "time_entries.write");
  await transact(ctx.db, async (tx) => {
    const found = await findTimeEntry(ctx, tx, id, { forUpdate: true });
    requireOwnEntryOrAdmin(ctx, found, "delete");
    await tx.delete(timeEntries).where(eq(timeEntries.id, id));
    await recordEvent(tx, {
      workspaceId: found.entry.workspaceId,
      type: "time_entry.deleted",
      boardId: found.boardId,
      actor: ctx.caller.user,
      data: serializeTimeEntry(found),
    });
  });
}
