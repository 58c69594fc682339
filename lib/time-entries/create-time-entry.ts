import { authorize } from "@/lib/workspaces/permissions";
import { timeEntries } from "@/db/schema";
import { findCard } from "@/lib/cards/find-card";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { checkSpan } from "./check-span";
import type { CreateTimeEntryInput, TimeEntryJson } from "./schemas";
import { serializeTimeEntry } from "./serialize-time-entry";

/** Records finished work by hand: a start and either an end or a duration. */
export async function createTimeEntry({ ctx, input }: { ctx: Ctx; input: CreateTimeEntryInput }): Promise<TimeEntryJson> {
  authorize(ctx, "time_entries.write");
  const startedAt = new Date(input.started_at);
  const endedAt = input.ended_at !== undefined ? new Date(input.ended_at) : new Date(startedAt.getTime() + input.duration_seconds! * 1000);
  checkSpan(startedAt, endedAt);
  return transact(ctx.db, async (tx) => {
    const card = await findCard(ctx, tx, input.card_id);
    const [entry] = await tx
      .insert(timeEntries)
      .values({
        id: newId("timeEntry"),
        workspaceId: card.workspaceId,
        cardId: card.id,
        userId: ctx.caller.user.id,
        startedAt,
        endedAt,
        note: input.note ?? "",
      })
      .returning();
    const data = serializeTimeEntry({ entry, userName: ctx.caller.user.name });
    await recordEvent(tx, {
      workspaceId: card.workspaceId,
      type: "time_entry.created",
      boardId: card.boardId,
      actor: ctx.caller.user,
      data,
    });
    return data;
  });
}
