import type { Tx } from "@/db/client";
import { eq } from "drizzle-orm";
import { events, webhooks, type EventActor, type EventRow } from "@/db/schema";
import { newId, orderedIds } from "@/lib/ids";
import { fanOutDeliveries } from "@/lib/webhooks/fan-out";
import type { Caller } from "@/lib/workspaces/context";
import type { EventType } from "./catalog";
import type { Changes } from "./changes";
import { requireTransact } from "./transaction";

export type RecordEventInput = {
  workspaceId: string;
  type: EventType;
  /** null for a workspace-level event (members, tokens, webhooks, auth). */
  boardId: string | null;
  /** The caller who made the change; null for automations and system actions. */
  actor: Caller["user"] | null;
  data: Record<string, unknown>;
  changes?: Changes;
};

export function actorOf(user: Caller["user"] | null): EventActor {
  return user ? { id: user.id, name: user.name, email: user.email } : null;
}

/**
 * Records one event in the caller's transaction, together with its webhook deliveries, so that
 * no committed change can lose its event and no event its deliveries. Only inside `transact`:
 * the deliveries are handed on after commit (fanOutDeliveries), which needs its commit hook.
 */
export async function recordEvent(tx: Tx, input: RecordEventInput): Promise<EventRow> {
  requireTransact(tx);
  const [row] = await tx
    .insert(events)
    .values({
      id: newId("event"),
      workspaceId: input.workspaceId,
      type: input.type,
      boardId: input.boardId,
      actorId: input.actor?.id ?? null,
      actor: actorOf(input.actor),
      data: input.data,
      changes: input.changes ?? null,
    })
    .returning();
  await fanOutDeliveries(tx, row);
  return row;
}

/**
 * Records many events in the caller's transaction, in order, with inserts of up to 500 rows (an
 * import makes thousands): the same rows and deliveries as one recordEvent each. Deliveries are
 * fanned out per event only when the workspace has a webhook at all.
 */
export async function recordEvents(tx: Tx, inputs: RecordEventInput[]): Promise<void> {
  requireTransact(tx);
  if (inputs.length === 0) return;
  const [hook] = await tx.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.workspaceId, inputs[0].workspaceId)).limit(1);
  const ids = orderedIds("event", inputs.length);
  for (let start = 0; start < inputs.length; start += 500) {
    const rows = await tx
      .insert(events)
      .values(
        inputs.slice(start, start + 500).map((input, i) => ({
          id: ids[start + i],
          workspaceId: input.workspaceId,
          type: input.type,
          boardId: input.boardId,
          actorId: input.actor?.id ?? null,
          actor: actorOf(input.actor),
          data: input.data,
          changes: input.changes ?? null,
        })),
      )
      .returning();
    if (hook) for (const row of rows) await fanOutDeliveries(tx, row);
  }
}
