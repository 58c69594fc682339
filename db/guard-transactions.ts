import type { Sql } from "postgres";
import { isConnectionError } from "./connection-errors";

/**
 * Keeps postgres.js (3.4.9) from writing to a connection that has already closed, which it does
 * when a transaction's server process goes away (a restart, `pg_terminate_backend`, a failover):
 *
 * - `sql.begin()` races the callback against the connection's close and rejects at once
 *   (CONNECTION_CLOSED), but the callback fails too and `begin` then sends `ROLLBACK` (or
 *   `ROLLBACK TO` for a savepoint, `COMMIT` if it succeeded) on the closed connection. The write is
 *   deferred to a `setImmediate`, whose `socket.write` finds the socket nulled and throws
 *   `TypeError: Cannot read properties of null (reading 'write')` as an uncaught exception
 *   (porsager/postgres#1154, #1208; unfixed upstream). The failed flush also leaves the
 *   connection's write timer set, so the next connect never sends its startup packet and the
 *   next query on that connection waits for `connect_timeout` (30 s by default) and fails with
 *   CONNECT_TIMEOUT.
 * - Any query the callback sends on the closed transaction after the close does the same.
 *
 * So every transaction's callback (and savepoint's) is wrapped: once the connection is gone it
 * refuses further queries itself, and it does not settle, so `begin` never gets to its
 * ROLLBACK/COMMIT. The caller is not kept waiting: `begin` has already rejected with
 * CONNECTION_CLOSED through its race with the close. The unsettled callback holds nothing but
 * garbage (the connection object returns to the pool as closed and reconnects when next used).
 */
export function guardTransactions(client: Sql): void {
  const begin = client.begin.bind(client) as (...args: unknown[]) => Promise<unknown>;
  (client as { begin: unknown }).begin = (...args: unknown[]) => {
    const fn = args.pop() as Scope;
    const state = new TransactionState();
    const result = begin(...args, (tx: GuardedSql) => guardedScope(tx, fn, state));
    // While the callback runs, `begin` settles only when the connection closed (or when BEGIN
    // itself failed, before the callback ran): either way nothing may be written any more.
    result.catch(() => state.markGone());
    return result;
  };
}

type Scope = (sql: GuardedSql) => unknown;
type GuardedSql = ((...args: unknown[]) => unknown) & {
  unsafe: (...args: unknown[]) => unknown;
  savepoint: (...args: unknown[]) => Promise<unknown>;
};

class TransactionState {
  gone = false;
  private waiters: Array<() => void> = [];

  markGone(): void {
    this.gone = true;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves to whether the connection closed, waiting at most `ms` for it to. */
  async goneWithin(ms: number): Promise<boolean> {
    if (this.gone) return true;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    return this.gone;
  }
}

/** A promise that never settles: what a scope returns once its connection is gone. */
const never = new Promise<never>(() => {});

async function guardedScope(sql: GuardedSql, fn: Scope, state: TransactionState): Promise<unknown> {
  let result: unknown;
  try {
    const x = fn(guard(sql, state));
    result = await (Array.isArray(x) ? Promise.all(x) : x);
  } catch (error) {
    // A lost connection is seen by the failing query a moment before `begin`'s own race
    // rejects (same tick, a few promise hops apart), so give the close a moment to arrive;
    // other errors need only the current turn of the event loop to have passed.
    if (await state.goneWithin(isConnectionError(error) ? 1_000 : 0)) return never;
    throw error;
  }
  if (state.gone) return never;
  return result;
}

/** `sql` of a transaction that refuses queries and savepoints once its connection is gone. */
function guard(sql: GuardedSql, state: TransactionState): GuardedSql {
  return new Proxy(sql, {
    apply: (target, self, args) => (state.gone ? refused() : Reflect.apply(target, self, args)),
    get(target, key, receiver) {
      if (key === "unsafe") return (...args: unknown[]) => (state.gone ? refused() : target.unsafe(...args));
      if (key === "savepoint") {
        return (...args: unknown[]) => {
          if (state.gone) return refused();
          const fn = args.pop() as Scope;
          return target.savepoint(...args, (inner: GuardedSql) => guardedScope(inner, fn, state));
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

/** What postgres.js itself rejects a query on a closed connection with, usable like a query. */
function refused() {
  const error = Object.assign(new Error("write CONNECTION_CLOSED: the transaction's database connection was lost"), {
    code: "CONNECTION_CLOSED",
  });
  const rejected = Promise.reject(error);
  rejected.catch(() => {});
  return Object.assign(rejected, { values: () => rejected, raw: () => rejected, execute: () => rejected });
}
