import { authorize } from "@/lib/workspaces/permissions";
import { timeEntries } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { findCard } from "@/lib/cards/find-card";
import { findRunningEntry } from "./find-time-entry";
import { conflictForRace, isRunningTimerRace, runningTimerConflict } from "./running-conflict";
import type { StartTimerInput, TimeEntryJson } from "./schemas";
import { serializeTimeEntry } from "./serialize-time-entry";

/**
 * Starts the caller's timer on a card. One running timer per user and workspace: a second start
 * is 409 naming the running entry, never an implicit stop (see docs/decisions.md). The partial
 * unique index settles two racing starts the same way.
 */
export async function startTimer({ ctx, input }: { ctx: Ctx; input: StartTimerInput }): Promise<TimeEntryJson> {
  authorize(ctx, "time_entries.write");
  try {
    return await transact(ctx.db, async (tx) => {
      const card = await findCard(ctx, tx, input.card_id);
      const running = await findRunningEntry(ctx, tx);
      if (running) throw runningTimerConflict(running);
      const [entry] = await tx
        .insert(timeEntries)
        .values({
          id: newId("timeEntry"),
          workspaceId: card.workspaceId,
          cardId: card.id,
          userId: ctx.caller.user.id,
          startedAt: new Date(),
          note: input.note ?? "",
          billable: input.billable ?? false,
        })
        .returning();
      const data = serializeTimeEntry({ entry, userName: ctx.caller.user.name });
      await recordEvent(tx, {
        workspaceId: card.workspaceId,
        type: "time_entry.started",
        boardId: card.boardId,
        actor: ctx.caller.user,
        data,
      });
      return data;
    });
  } catch (error) {
    if (isRunningTimerRace(error)) throw await conflictForRace(ctx);
    throw error;
  }
}
