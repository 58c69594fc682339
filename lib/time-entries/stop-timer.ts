import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { timeEntries } from "@/db/schema";
import { conflict, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findRunningEntry, findTimeEntry, requireOwnEntryOrAdmin, type FoundTimeEntry } from "./find-time-entry";
import type { TimeEntryJson } from "./schemas";
import { serializeTimeEntry } from "./serialize-time-entry";

/** Stops a running entry by id (the caller's own, or anyone's for admins); stopped already → 409. */
export async function stopTimer({ ctx, id }: { ctx: Ctx; id: string }): Promise<TimeEntryJson> {
  authorize(ctx, "time_entries.write");
  return transact(ctx.db, async (tx) => {
    const found = await findTimeEntry(ctx, tx, id, { forUpdate: true });
    requireOwnEntryOrAdmin(ctx, found, "stop");
    if (found.entry.endedAt) throw conflict(`Time entry ${id} is not running; it ended at ${found.entry.endedAt.toISOString()}.`);
    return stop(ctx, tx, found);
  });
}

/** Stops whatever timer the caller has running in this workspace; none → 404. */
export async function stopMyTimer({ ctx }: { ctx: Ctx }): Promise<TimeEntryJson> {
  authorize(ctx, "time_entries.write");
  return transact(ctx.db, async (tx) => {
    const found = await findRunningEntry(ctx, tx, { forUpdate: true });
    if (!found) throw notFound("A running timer of yours");
    return stop(ctx, tx, found);
  });
}

/** Stops a running entry inside the caller's transaction (used when its user leaves the workspace). */
export async function stopTimerInTransaction(ctx: Ctx, tx: Tx, id: string): Promise<TimeEntryJson> {
  return stop(ctx, tx, await findTimeEntry(ctx, tx, id, { forUpdate: true }));
}

async function stop(ctx: Ctx, tx: Tx, found: FoundTimeEntry): Promise<TimeEntryJson> {
  const now = new Date();
  // A start edited a little into the future (clock skew) must not produce a negative duration.
  const endedAt = now < found.entry.startedAt ? found.entry.startedAt : now;
  const [entry] = await tx.update(timeEntries).set({ endedAt, updatedAt: now }).where(eq(timeEntries.id, found.entry.id)).returning();
  const data = serializeTimeEntry({ entry, userName: found.userName });
  await recordEvent(tx, {
    workspaceId: entry.workspaceId,
    type: "time_entry.stopped",
    boardId: found.boardId,
    actor: ctx.caller.user,
    data,
  });
  return data;
}
