// Migrations at start-up, safe for several instances at once and refusing a database that is
// newer than the code (docs/operations.md, "Upgrades").
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import postgres from "postgres";
import type { Database } from "./client";

/** pg_advisory_lock's key for "migrating Tasktide's schema" (the bytes of "tasktide"). */
export const MIGRATION_LOCK_KEY = 0x7461736b74696465n;

/** The database has migrations this code does not know: it was upgraded by a newer version. */
export class SchemaTooNewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchemaTooNewError";
  }
}

type AppliedRow = { hash: string; created_at: string | number | null };

/**
 * Refuses to run against a schema that a newer Tasktide migrated: a migration row whose time is
 * past the code's newest migration, or that matches none of the code's (by time or by hash).
 * Running old code there would write rows the new schema's rules may not expect; and the old
 * migrator would silently skip everything, so nothing else would notice.
 */
export async function assertSchemaNotNewer(db: Database, migrationsFolder: string): Promise<void> {
  const exists = await rowsOf<{ t: string | null }>(await db.execute(sql`SELECT to_regclass('drizzle.__drizzle_migrations')::text AS t`));
  if (!exists[0]?.t) return;
  const applied = await rowsOf<AppliedRow>(
    await db.execute(sql`SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY created_at`),
  );
  const local = readMigrationFiles({ migrationsFolder });
  const newest = Math.max(0, ...local.map((m) => m.folderMillis));
  const times = new Set(local.map((m) => m.folderMillis));
  const hashes = new Set(local.map((m) => m.hash));
  const unknown = applied.filter((row) => {
    const at = Number(row.created_at);
    return at > newest || (!times.has(at) && !hashes.has(row.hash));
  });
  if (unknown.length === 0) return;
  const when = unknown.map((row) => new Date(Number(row.created_at)).toISOString()).join(", ");
  throw new SchemaTooNewError(
    `database: the schema is newer than this version of Tasktide — it has ${unknown.length} migration(s) this code does not know ` +
      `(created ${when}; this code's newest is ${new Date(newest).toISOString()}). Start the version that migrated it (or a newer one), ` +
      `or restore the backup taken before the upgrade. Nothing was changed.`,
  );
}

/**
 * Runs `migrate` holding a PostgreSQL advisory lock on a connection of its own, so instances
 * starting together migrate one after another: the first applies, the others find nothing to do.
 * The lock is the session's, so a migrator that dies releases it with its connection.
 */
export async function withMigrationLock<T>(url: string, run: () => Promise<T>): Promise<T> {
  const lock = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5, idle_timeout: 0 });
  try {
    await lock`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY.toString()}::bigint)`;
    return await run();
  } finally {
    await lock.end({ timeout: 1 }).catch(() => {});
  }
}

// postgres.js returns the rows as an array; PGlite returns { rows }.
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}
