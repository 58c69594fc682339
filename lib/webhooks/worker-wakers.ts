// Embedded workers in this process, woken at once when deliveries are committed. A missed wake
// is never fatal: the worker's poll finds every due delivery in the database, so this is only
// about latency.

// On globalThis so Next's dev reloads and the route bundles share one set of running workers.
const holder = globalThis as unknown as { __tasktideWorkerWakers?: Set<() => void> };
const wakers = (holder.__tasktideWorkerWakers ??= new Set());

/** Embedded workers register here; returns the unsubscribe. */
export function onDeliveriesDispatched(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

export function wakeEmbeddedWorkers(): void {
  for (const wake of wakers) wake();
}
