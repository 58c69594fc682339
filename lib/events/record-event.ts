import type { Tx } from "@/db/client";
import { events, type EventActor, type EventRow } from "@/db/schema";
import { newIdsInOrder } from "@/lib/ids";
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

/** Transactions whose events are being collected (withBatchedEvents), with what they collected. */
const batches = new WeakMap<Tx, RecordEventInput[]>();

/**
 * Records one event in the caller's transaction, together with its webhook deliveries, so that
 * no committed change can lose its event and no event its deliveries. Only inside `transact`:
 * the deliveries are handed on after commit (fanOutDeliveries), which needs its commit hook.
 */
export async function recordEvent(tx: Tx, input: RecordEventInput): Promise<EventRow | null> {
  requireTransact(tx);
  const batch = batches.get(tx);
  if (!batch) return (await writeEvents(tx, [input], newIdsInOrder("event", 1)))[0];
  // Written with the rest of the batch (withBatchedEvents).
  batch.push(input);
  return null;
}

/**
 * Runs `work` with the transaction's events collected, then writes them all at once: one INSERT
 * for the events and one for their deliveries instead of two statements per event, for verbs that
 * record hundreds (bulk card actions). Same rows, same order, same transaction.
 */
export async function withBatchedEvents<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  requireTransact(tx);
  // Already collecting (a batch inside a batch): the outer one writes them all.
  if (batches.has(tx)) return work();
  const batch: RecordEventInput[] = [];
  batches.set(tx, batch);
  try {
    const result = await work();
    batches.delete(tx);
    // Ascending ids in recording order, so reading events by id gives them in the order they happened.
    const ids = newIdsInOrder("event", batch.length);
    for (let i = 0; i < batch.length; i += EVENTS_PER_STATEMENT)
      await writeEvents(tx, batch.slice(i, i + EVENTS_PER_STATEMENT), ids.slice(i, i + EVENTS_PER_STATEMENT));
    return result;
  } finally {
    batches.delete(tx);
  }
}

/** Few enough that one statement's parameters (8 per event, 7 per delivery row) stay far below PostgreSQL's 65,535. */
const EVENTS_PER_STATEMENT = 500;

async function writeEvents(tx: Tx, inputs: RecordEventInput[], ids: string[]): Promise<EventRow[]> {
  const rows = await tx
    .insert(events)
    .values(
      inputs.map((input, i) => ({
        id: ids[i],
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
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)!);
  await fanOutDeliveries(tx, ordered);
  return ordered;
}

/**
 * Records many events in the caller's transaction, in order (an import makes thousands): the same
 * rows and deliveries as one recordEvent each, written like a withBatchedEvents batch.
 */
export async function recordEvents(tx: Tx, inputs: RecordEventInput[]): Promise<void> {
  await withBatchedEvents(tx, async () => {
    for (const input of inputs) await recordEvent(tx, input);
  });
}
