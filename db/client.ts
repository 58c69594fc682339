import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { config } from "@/config";
import { guardTransactions } from "./guard-transactions";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Verbs accept either, so they compose inside a caller's transaction. */
export type DbOrTx = Database | Tx;

export type OpenedDatabase = { db: Database; driver: "postgres" | "pglite"; close: () => Promise<void> };

const migrationsFolder = path.join(process.cwd(), "db/migrations");

/**
 * How the PostgreSQL pool rides out a restart or an outage (see docs/decisions.md, "A database
 * restart costs a few 503s"). postgres.js reconnects a closed connection when it is next used;
 * these bound how long a request can wait for that.
 */
const POSTGRES_RESILIENCE = {
  // A server that does not complete the handshake in 5 s is down for our purposes (default 30 s).
  connect_timeout: 5,
  // Idle connections are closed after a minute rather than kept until a NAT or firewall drops
  // them silently (default: never); max_lifetime keeps its default of 30–60 minutes.
  idle_timeout: 60,
  // Delay before reconnecting after failed connection attempts. The default grows 3^n / 100 s up
  // to 20 s and its counter only resets on a successful connect, so after a short outage with
  // traffic a connection could wait 10–20 s although the server was back; capped at 0.5 s here
  // (requests meanwhile fail fast with ECONNREFUSED and are answered 503).
  backoff: (attempts: number) => (0.5 + Math.random() / 2) * Math.min(0.02 * 2 ** attempts, 0.5),
} as const;

/**
 * Opens and migrates a database: PostgreSQL when a URL is given, otherwise embedded PGlite in
 * `dir` (or in memory for "memory://", optionally starting from a dump in `loadDataDir`).
 */
export async function openDatabase(options: { url?: string; dir?: string; loadDataDir?: Blob; poolMax?: number }): Promise<OpenedDatabase> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolMax ?? config().database.poolMax,
      onnotice: () => {},
      ...POSTGRES_RESILIENCE,
    });
    guardTransactions(client);
    const db = drizzlePostgres({ client, schema }) as unknown as Database;
    try {
      await migratePostgres(db as never, { migrationsFolder });
    } catch (error) {
      // The server may be down at start-up: the next getDb() opens a new pool, so end this one.
      await client.end({ timeout: 0 });
      throw error;
    }
    return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const dir = options.dir ?? path.join(config().dataDir, "pglite");
  const inMemory = dir === "memory://";
  const release = inMemory ? () => {} : acquirePgliteLock(dir);
  // Extensions' code must be handed to PGlite when it is created; the migrations then CREATE them.
  const extensions = { pg_trgm };
  const client = inMemory ? new PGlite({ loadDataDir: options.loadDataDir, extensions }) : new PGlite(dir, { extensions });
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  await migratePglite(db as never, { migrationsFolder });
  return {
    db,
    driver: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

// Kept on globalThis so that Next's dev reloads reuse one connection (and one PGlite owner).
const holder = globalThis as unknown as { __tasktideDb?: Promise<OpenedDatabase> };

let openDefault = (): Promise<OpenedDatabase> => openDatabase({ url: config().database.url });

/** Tests swap in a throwaway database (a fresh PGlite, or a new PostgreSQL database per file). */
export function setDatabaseFactory(factory: () => Promise<OpenedDatabase>): void {
  openDefault = factory;
}

/** The process's database, opened and migrated on first use. */
export function getOpenedDatabase(): Promise<OpenedDatabase> {
  holder.__tasktideDb ??= openDefault().catch((error) => {
    holder.__tasktideDb = undefined;
    throw error;
  });
  return holder.__tasktideDb;
}

export async function getDb(): Promise<Database> {
  return (await getOpenedDatabase()).db;
}

/** Tests and scripts install a database they opened themselves. */
export function setDatabase(opened: OpenedDatabase): void {
  holder.__tasktideDb = Promise.resolve(opened);
}

export async function closeDatabase(): Promise<void> {
  const current = holder.__tasktideDb;
  holder.__tasktideDb = undefined;
  if (current) await (await current).close();
}
