import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import postgres from "postgres";
import { describe, expect, inject, it } from "vitest";
import { openDatabase, type OpenedDatabase } from "@/db/client";
import { SchemaTooNewError } from "@/db/migrate";

const migrationsFolder = path.join(process.cwd(), "db/migrations");
const local = readMigrationFiles({ migrationsFolder });
const newest = Math.max(...local.map((m) => m.folderMillis));
const serverUrl = process.env.DATABASE_URL;

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

async function applied(opened: OpenedDatabase) {
  return rowsOf<{ hash: string; created_at: string }>(
    await opened.db.execute(sql`SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id`),
  );
}

/** A database a newer version migrated: one more migration row than this code has. */
async function addFutureMigration(opened: OpenedDatabase) {
  await opened.db.execute(
    sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (${"f".repeat(64)}, ${newest + 86_400_000})`,
  );
  await opened.db.execute(sql`CREATE TABLE from_the_future (id int)`);
}

describe.skipIf(!serverUrl)("migrations on PostgreSQL", () => {
  async function freshDatabase() {
    const name = `tasktide_migrate_${randomBytes(6).toString("hex")}`;
    const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end({ timeout: 5 });
      },
    };
  }

  it("six instances starting at once against a fresh database migrate it once, one after another", async () => {
    const fresh = await freshDatabase();
    try {
      const started = await Promise.allSettled(Array.from({ length: 6 }, () => openDatabase({ url: fresh.url, poolMax: 2 })));
      const failures = started.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
      expect(failures).toEqual([]);
      const opened = started.map((r) => (r as PromiseFulfilledResult<OpenedDatabase>).value);
      const rows = await applied(opened[0]);
      expect(rows.map((r) => r.hash)).toEqual(local.map((m) => m.hash));
      for (const one of opened) await one.close();
    } finally {
      await fresh.drop();
    }
  });

  it("refuses to start on a schema newer than the code, changing nothing", async () => {
    const fresh = await freshDatabase();
    try {
      const first = await openDatabase({ url: fresh.url, poolMax: 1 });
      await addFutureMigration(first);
      const error = await openDatabase({ url: fresh.url, poolMax: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SchemaTooNewError);
      expect((error as Error).message).toMatch(/schema is newer than this version of Tasktide.*1 migration/);
      expect(await applied(first)).toHaveLength(local.length + 1);
      await first.close();
    } finally {
      await fresh.drop();
    }
  });
});

describe("migrations on PGlite", () => {
  it("refuses to open an embedded database a newer version migrated", async () => {
    const template = inject("pgliteTemplate");
    const loadDataDir = template ? new Blob([fs.readFileSync(template)]) : undefined;
    const opened = await openDatabase({ dir: "memory://", loadDataDir });
    expect(await applied(opened)).toHaveLength(local.length);
    await addFutureMigration(opened);
    const client = (opened.db as unknown as { $client: { dumpDataDir(c: "gzip"): Promise<Blob> } }).$client;
    const dump = await client.dumpDataDir("gzip");
    await opened.close();
    const error = await openDatabase({ dir: "memory://", loadDataDir: dump }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect((error as Error).message).toContain("Start the version that migrated it");
  });
});
