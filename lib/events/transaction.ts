import type { Database, Tx } from "@/db/client";

const afterCommitHooks = new WeakMap<object, Array<() => void>>();

/**
 * A transaction that can run work once it has committed: webhook deliveries are written inside
 * the transaction (so no change loses its event) but dispatched only after commit (so no worker
 * sees a delivery for a change that rolled back).
 */
export async function transact<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const hooks: Array<() => void> = [];
  const result = await db.transaction(async (tx) => {
    afterCommitHooks.set(tx, hooks);
    return fn(tx);
  });
  for (const hook of hooks) {
    try {
      hook();
    } catch (error) {
      // The change is committed; a failed wake-up is recovered by the delivery sweeper.
      console.error("after-commit hook failed:", error);
    }
  }
  return result;
}

/** Runs `hook` after the surrounding `transact` commits (at once when called outside one). */
export function onCommit(tx: Tx | Database, hook: () => void): void {
  const hooks = afterCommitHooks.get(tx);
  if (hooks) hooks.push(hook);
  else queueMicrotask(hook);
}
