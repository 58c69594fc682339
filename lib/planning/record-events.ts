import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { events, webhooks } from "@/db/schema";
import { actorOf, type RecordEventInput } from "@/lib/events/record-event";
import { requireTransact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { fanOutDeliveries } from "@/lib/webhooks/fan-out";

const CHUNK = 500;

/**
 * Many events of one workspace at once (a schedule that moved thousands of cards): the same rows
 * and deliveries as recordEvent one by one, in the given order, but inserted a chunk per
 * statement, and the per-event fan-out skipped when the workspace has no webhook at all.
 */
export async function recordEvents(tx: Tx, workspaceId: string, inputs: RecordEventInput[]): Promise<void> {
  requireTransact(tx);
  if (inputs.length === 0) return;
  const [hook] = await tx.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.workspaceId, workspaceId)).limit(1);
  // Ids made within one millisecond differ only by their random part: sorted, they keep the order given.
  const ids = inputs.map(() => newId("event")).sort();
  for (let i = 0; i < inputs.length; i += CHUNK) {
    const rows = await tx
      .insert(events)
      .values(
        inputs.slice(i, i + CHUNK).map((input, k) => ({
          id: ids[i + k],
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
