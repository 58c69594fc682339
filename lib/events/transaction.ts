import { describeError } from "@/lib/core/describe-error";
import type { Database, DbOrTx, Tx } from "@/db/client";
import { log } from "@/lib/log/logger";

const afterCommitHooks = new WeakMap<object, Array<() => void>>();

/**
 * A transaction that can run work once it has committed: webhook deliveries are written inside
 * the transaction (so no change loses its event) but dispatched only after commit (so no worker
 * sees a delivery for a change that rolled back). Nested in another `transact` (a savepoint), its
 * hooks wait for the outermost commit.
 */
export async function transact<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = afterCommitHooks.get(db);
  const hooks: Array<() => void> = outer ?? [];
  const result = await (db as Database).transaction(async (tx) => {
    afterCommitHooks.set(tx, hooks);
    return fn(tx);
  });
  if (outer) return result;
  for (const hook of hooks) {
    try {
      hook();
    } catch (error) {
      // The change is committed; a failed wake-up is recovered by the delivery sweeper.
      log().error({ component: "events" }, `after-commit hook failed: ${describeError(error)}`);
    }
  }
  return result;
}

/**
 * Throws unless `tx` was opened by `transact`: work meant for after commit has no commit to wait
 * for otherwise, and running it at once could dispatch a change that is rolled back later.
 */
export function requireTransact(tx: DbOrTx): void {
  if (!afterCommitHooks.has(tx)) {
    throw new Error(
      "Not inside transact(): events and after-commit work need `transact(ctx.db, async (tx) => …)` (lib/events/transaction.ts).",
    );
  }
}

/** Runs `hook` after the surrounding `transact` commits; throws outside one. */
export function onCommit(tx: DbOrTx, hook: () => void): void {
  requireTransact(tx);
  afterCommitHooks.get(tx)!.push(hook);
}
