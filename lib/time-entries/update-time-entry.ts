import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { timeEntries } from "@/db/schema";
import { conflict } from "@/lib/core/errors";
import { findCard } from "@/lib/cards/find-card";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { checkSpan } from "./check-span";
import { findTimeEntry, requireOwnEntryOrAdmin } from "./find-time-entry";
import type { TimeEntryJson, UpdateTimeEntryInput } from "./schemas";
import { serializeTimeEntry } from "./serialize-time-entry";

const EVENT_FIELDS = ["card_id", "started_at", "ended_at", "duration_seconds", "note", "billable"] as const;

/**
 * Corrects an entry: its card, start, end (or duration, kept from the start), note. A running
 * entry's end cannot be set here — stopping is its own action with its own event.
 */
export async function updateTimeEntry({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateTimeEntryInput }): Promise<TimeEntryJson> {
  authorize(ctx, "time_entries.write");
  return transact(ctx.db, async (tx) => {
    const found = await findTimeEntry(ctx, tx, id, { forUpdate: true });
    requireOwnEntryOrAdmin(ctx, found, "edit");
    const running = found.entry.endedAt === null;
    if (running && (input.ended_at !== undefined || input.duration_seconds !== undefined)) {
      throw conflict(`Time entry ${id} is still running; stop it with POST /v1/time_entries/${id}/stop before setting its end.`);
    }
    const card = input.card_id !== undefined ? await findCard(ctx, tx, input.card_id) : null;
    const startedAt = input.started_at !== undefined ? new Date(input.started_at) : found.entry.startedAt;
    let endedAt = found.entry.endedAt;
    if (input.ended_at !== undefined) endedAt = new Date(input.ended_at);
    else if (input.duration_seconds !== undefined) endedAt = new Date(startedAt.getTime() + input.duration_seconds * 1000);
    if (input.started_at !== undefined || input.ended_at !== undefined || input.duration_seconds !== undefined)
      checkSpan(startedAt, endedAt);

    const before = serializeTimeEntry(found);
    const values = {
      cardId: card?.id ?? found.entry.cardId,
      startedAt,
      endedAt,
      note: input.note ?? found.entry.note,
      billable: input.billable ?? found.entry.billable,
    };
    const changes = diffChanges(before, serializeTimeEntry({ ...found, entry: { ...found.entry, ...values } }), EVENT_FIELDS);
    if (Object.keys(changes).length === 0) return before;
    const [entry] = await tx
      .update(timeEntries)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(timeEntries.id, id))
      .returning();
    const after = serializeTimeEntry({ entry, userName: found.userName });
    await recordEvent(tx, {
      workspaceId: entry.workspaceId,
      type: "time_entry.updated",
      boardId: card?.boardId ?? found.boardId,
      actor: ctx.caller.user,
      data: after,
      changes,
    });
    return after;
  });
}
