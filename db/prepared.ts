import type { Database } from "./client";

/**
 * A statement built once per database and kept (drizzle's `.prepare()`): its SQL text is not
 * rebuilt on each call, and on postgres.js it is prepared on the server once per connection.
 * Kept per database because a statement belongs to the client it was built on (tests and
 * benchmarks open several); only for reads outside a transaction, which use their own `tx`.
 */
export function preparedOn<T>(build: (db: Database) => T): (db: Database) => T {
  const statements = new WeakMap<Database, T>();
  return (db) => {
    let statement = statements.get(db);
    if (statement === undefined) {
      statement = build(db);
      statements.set(db, statement);
    }
    return statement;
  };
}
