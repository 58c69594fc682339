import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
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
import { assertSchemaNotNewer, withMigrationLock } from "./migrate";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Verbs accept either, so they compose inside a caller's transaction. */
export type DbOrTx = Database | Tx;

export type OpenedDatabase = {
  db: Database;
  driver: "postgres" | "pglite";
  close: () => Promise<void>;
  /**
   * PostgreSQL's LISTEN/NOTIFY, to wake other processes on the same server (absent on PGlite,
   * which one process owns). `listen` keeps a dedicated connection, re-listening after reconnects.
   */
  notifications?: {
    listen: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;
    notify: (channel: string, payload: string) => Promise<void>;
  };
};

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
 * PGlite's PostgreSQL settings. shared_buffers is PostgreSQL's default of 128 MB, initialized at
 * start-up inside PGlite's WebAssembly memory, so all of it is resident from the first second; an
 * embedded database of a self-hosted instance fits in far less, and the files stay in the OS's
 * page cache anyway. 32 MB takes ~110 MB off the server's RSS.
 */
const PGLITE_CONFIG = ["shared_buffers=32MB"];

/** Run by a child `node` (ESM, resolved from the app's directory): initializes the data directory in argv[1]. */
const PGLITE_INIT_SCRIPT = `import { PGlite } from "@electric-sql/pglite";
const db = new PGlite(process.argv[1], { postgresqlconf: ${JSON.stringify(PGLITE_CONFIG)} });
await db.waitReady;
await db.close();`;

/**
 * A new data directory is initialized in a child process. PGlite's first start runs initdb in a
 * second PostgreSQL instance plus an initdb module (~750 MB at its peak, much of it kept by the
 * process afterwards: 897 MB peak and 539 MB after for the server, against 417 MB / 378 MB on
 * a restart), so the server itself only ever opens an initialized directory. If the child fails,
 * the server initializes the directory itself, as before.
 */
async function initializePgliteDir(dir: string): Promise<void> {
  if (fs.existsSync(path.join(dir, "PG_VERSION"))) return;
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ["--input-type=module", "-e", PGLITE_INIT_SCRIPT, dir], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
      child.once("error", reject);
      child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}: ${stderr.slice(-500)}`))));
    });
  } catch (error) {
    console.error(`database: initializing ${dir} in a child process failed, doing it in this one (${(error as Error).message})`);
  }
}

/** `tasktide <host>:<pid>`: this process's connections in pg_stat_activity (at most 63 bytes). */
export function postgresApplicationName(): string {
  return `tasktide ${os.hostname().slice(0, 40)}:${process.pid}`;
}

/**
 * Opens and migrates a database: PostgreSQL when a URL is given, otherwise embedded PGlite in
 * `dir` (or in memory for "memory://", optionally starting from a dump in `loadDataDir`).
 */
export async function openDatabase(options: {
  url?: string;
  dir?: string;
  loadDataDir?: Blob;
  poolMax?: number;
  /** Called for every statement sent to PostgreSQL (benchmarks count queries per delivery). */
  onQuery?: () => void;
}): Promise<OpenedDatabase> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolMax ?? config().database.poolMax,
      // Names this process's connections in pg_stat_activity (the pool gauge of /api/metrics).
      connection: { application_name: postgresApplicationName() },
      onnotice: () => {},
      ...(options.onQuery ? { debug: options.onQuery } : {}),
      ...POSTGRES_RESILIENCE,
    });
    guardTransactions(client);
    const db = drizzlePostgres({ client, schema }) as unknown as Database;
    try {
      await withMigrationLock(options.url, async () => {
        await assertSchemaNotNewer(db, migrationsFolder);
        await migratePostgres(db as never, { migrationsFolder });
      });
    } catch (error) {
      // The server may be down at start-up: the next getDb() opens a new pool, so end this one.
      await client.end({ timeout: 0 });
      throw error;
    }
    return {
      db,
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
      notifications: {
        listen: async (channel, onPayload) => {
          const { unlisten } = await client.listen(channel, onPayload);
          return unlisten;
        },
        notify: async (channel, payload) => {
          await client.notify(channel, payload);
        },
      },
    };
  }
  const dir = options.dir ?? path.join(config().dataDir, "pglite");
  const inMemory = dir === "memory://";
  const release = inMemory ? () => {} : acquirePgliteLock(dir);
  if (!inMemory) await initializePgliteDir(dir);
  // Extensions' code must be handed to PGlite when it is created; the migrations then CREATE them.
  const extensions = { pg_trgm };
  const client = inMemory
    ? new PGlite({ loadDataDir: options.loadDataDir, postgresqlconf: PGLITE_CONFIG, extensions })
    : new PGlite(dir, { postgresqlconf: PGLITE_CONFIG, extensions });
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  try {
    // One process owns a PGlite directory (pglite-lock.ts), so no advisory lock is needed here.
    await assertSchemaNotNewer(db, migrationsFolder);
    await migratePglite(db as never, { migrationsFolder });
  } catch (error) {
    await client.close().catch(() => {});
    release();
    throw error;
  }
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
