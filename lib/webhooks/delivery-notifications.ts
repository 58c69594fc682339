// Wakes embedded workers in other processes on the same PostgreSQL server (LISTEN/NOTIFY), as
// worker-wakers.ts wakes those of this process. Like every wake-up it is only about latency: a
// lost notification is found by the worker's poll. PGlite has one process, so nothing to do.
import { randomUUID } from "node:crypto";
import { getOpenedDatabase } from "@/db/client";
import { describeError } from "@/lib/core/describe-error";
import { log } from "@/lib/log/logger";

const CHANNEL = "tasktide_webhook_deliveries";
/** This process: its own workers were already woken in-process and ignore their notifications. */
export const processInstanceId = randomUUID();

let sending: Promise<void> | null = null;
let again = false;

/**
 * Tells the other processes that deliveries were committed. Coalesced: at most one NOTIFY in
 * flight, and everything committed meanwhile is covered by one more, so a busy producer costs a
 * notification per round trip, not per event.
 */
export function notifyOtherProcesses(): void {
  if (sending) {
    again = true;
    return;
  }
  // The database is taken now, once: a later lookup could open a new one after a close.
  const opened = getOpenedDatabase();
  sending = (async () => {
    const { notifications } = await opened;
    if (!notifications) return;
    do {
      again = false;
      await notifications.notify(CHANNEL, processInstanceId);
    } while (again);
  })()
    .catch((error) =>
      log().error(
        { component: "webhooks" },
        `webhooks: could not notify other processes (their poll will find the deliveries): ${describeError(error)}`,
      ),
    )
    .finally(() => {
      sending = null;
    });
}

/**
 * Calls `wake` when another process committed deliveries (or, with `includeOwn`, this one too:
 * tests run two "instances" in one process). Returns the unsubscribe; a no-op on PGlite.
 */
export async function listenForDeliveries(wake: () => void, { includeOwn = false } = {}): Promise<() => Promise<void>> {
  const { notifications } = await getOpenedDatabase();
  if (!notifications) return async () => {};
  return notifications.listen(CHANNEL, (payload) => {
    if (includeOwn || payload !== processInstanceId) wake();
  });
}
