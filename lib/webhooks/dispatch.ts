// After commit, pending deliveries are handed to the scheduler. A lost hand-off is never fatal:
// every pending delivery stays in the database and the sweeper (embedded poll or Inngest cron)
// picks it up, so this is only about latency.

export interface DeliveryRef {
  id: string;
  webhookId: string;
}

// On globalThis so Next's dev reloads and the route bundles share one set of running workers.
const holder = globalThis as unknown as { __tasktideWorkerWakers?: Set<() => void> };
const wakers = (holder.__tasktideWorkerWakers ??= new Set());

/** Embedded workers register here to be woken at once when deliveries are committed. */
export function onDeliveriesDispatched(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

export function wakeEmbeddedWorker(): void {
  for (const wake of wakers) wake();
}

export async function dispatchToInngest(refs: readonly DeliveryRef[]): Promise<void> {
  try {
    const { sendDeliveryRequests } = await import("@/inngest/client");
    await sendDeliveryRequests(refs);
  } catch (error) {
    console.error(`webhooks: could not hand ${refs.length} deliveries to Inngest; the sweeper will retry:`, error);
  }
}
