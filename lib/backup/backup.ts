// Backups of an embedded (PGlite) instance: one .tar.gz holding a manifest, PGlite's own dump of
// its data directory (dumpDataDir: consistent, taken between two statements), the files folder
// and the generated app secret. PostgreSQL is backed up with pg_dump (docs/operations.md).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { PGlite } from "@electric-sql/pglite";
import type { OpenedDatabase } from "@/db/client";
import { readTar, writeTar, type TarEntry } from "./tar";

export const BACKUP_FORMAT = "tasktide-backup/1";
const DUMP = "database/pglite.tar.gz";

export type Manifest = {
  format: typeof BACKUP_FORMAT;
  created_at: string;
  app_version: string;
  database: { driver: "pglite"; dump: string; bytes: number; sha256: string; migrations: number; rows: Record<string, number> };
  files: { path: string; bytes: number; sha256: string }[];
  app_secret: boolean;
};

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** The PGlite client under an opened embedded database (undefined on PostgreSQL). */
export function pgliteOf(opened: OpenedDatabase): PGlite | undefined {
  return opened.driver === "pglite" ? (opened.db as unknown as { $client: PGlite }).$client : undefined;
}

/**
 * PGlite's dump of the live database (dumpDataDir is consistent: PGlite runs one statement at a
 * time and dumps between two) with the row count of every table just before it, for the manifest
 * (exact when nothing writes meanwhile).
 */
export async function dumpEmbeddedDatabase(client: PGlite): Promise<{ dump: Buffer; rows: Record<string, number>; migrations: number }> {
  const tables = await client.query<{ name: string }>(
    `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'drizzle') ORDER BY 1`,
  );
  const rows: Record<string, number> = {};
  for (const { name } of tables.rows)
    rows[name] = Number((await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name}`)).rows[0].n);
  const dump = Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer());
  return { dump, rows, migrations: rows["drizzle.__drizzle_migrations"] ?? 0 };
}

function listFiles(root: string, base = root): string[] {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) return listFiles(full, base);
    // Uploads still streaming in (".part") are not files yet.
    if (!entry.isFile() || entry.name.endsWith(".part")) return [];
    return [path.relative(base, full).split(path.sep).join("/")];
  });
}

/** Builds the archive from a dump and the data directory's files folder and app secret. */
export function buildArchive(input: {
  dump: Buffer;
  rows: Record<string, number>;
  migrations: number;
  dataDir: string;
  filesDir?: string;
  appVersion: string;
}): { archive: Buffer; manifest: Manifest } {
  const filesDir = input.filesDir ?? path.join(input.dataDir, "files");
  const entries: TarEntry[] = [{ name: DUMP, data: input.dump }];
  const files: Manifest["files"] = [];
  for (const rel of listFiles(filesDir)) {
    let data: Buffer;
    try {
      data = fs.readFileSync(path.join(filesDir, rel));
    } catch {
      continue; // deleted since it was listed
    }
    entries.push({ name: `files/${rel}`, data });
    files.push({ path: rel, bytes: data.length, sha256: sha256(data) });
  }
  const secretFile = path.join(input.dataDir, "app-secret");
  const hasSecret = fs.existsSync(secretFile);
  if (hasSecret) entries.push({ name: "app-secret", data: fs.readFileSync(secretFile) });
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    created_at: new Date().toISOString(),
    app_version: input.appVersion,
    database: {
      driver: "pglite",
      dump: DUMP,
      bytes: input.dump.length,
      sha256: sha256(input.dump),
      migrations: input.migrations,
      rows: input.rows,
    },
    files,
    app_secret: hasSecret,
  };
  entries.unshift({ name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) });
  return { archive: gzipSync(writeTar(entries)), manifest };
}

/** Reads and checks an archive: every part the manifest lists is there with its checksum. */
export function readArchive(archive: Buffer): { manifest: Manifest; entries: Map<string, Buffer> } {
  const entries = new Map(readTar(gunzipSync(archive)).map((e) => [e.name, e.data]));
  const raw = entries.get("manifest.json");
  if (!raw) throw new Error("restore: not a Tasktide backup (no manifest.json)");
  const manifest = JSON.parse(raw.toString("utf8")) as Manifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`restore: unknown backup format ${String(manifest.format)}`);
  const dump = entries.get(manifest.database.dump);
  if (!dump || sha256(dump) !== manifest.database.sha256) throw new Error("restore: the database dump is missing or damaged");
  for (const file of manifest.files) {
    const data = entries.get(`files/${file.path}`);
    if (!data || sha256(data) !== file.sha256) throw new Error(`restore: the file ${file.path} is missing or damaged`);
  }
  return { manifest, entries };
}

/**
 * Restores an archive into an empty data directory: the database (PGlite loads the dump into a
 * new directory), the files folder and the app secret. Refuses a directory that holds anything.
 */
export async function restoreArchive(archive: Buffer, dataDir: string): Promise<Manifest> {
  const { manifest, entries } = readArchive(archive);
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`restore: ${dataDir} is not empty; restore into a new, empty DATA_DIR`);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const pgliteDir = path.join(dataDir, "pglite");
  const db = new PGlite(pgliteDir, {
    loadDataDir: new Blob([new Uint8Array(entries.get(manifest.database.dump)!)]),
    postgresqlconf: ["shared_buffers=32MB"],
    extensions: { pg_trgm },
  } as never);
  await db.waitReady;
  await db.close();
  // The dump carries the backed-up process's lock file; no process owns the restored copy yet.
  fs.rmSync(path.join(pgliteDir, "tasktide.lock"), { force: true });
  for (const file of manifest.files) {
    const target = path.join(dataDir, "files", ...file.path.split("/"));
    if (!target.startsWith(path.join(dataDir, "files") + path.sep)) throw new Error(`restore: unsafe path ${file.path}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entries.get(`files/${file.path}`)!);
  }
  const secret = entries.get("app-secret");
  if (secret) fs.writeFileSync(path.join(dataDir, "app-secret"), secret, { mode: 0o600 });
  return manifest;
}
