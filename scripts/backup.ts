// `npm run backup [-- --out FILE] [--url http://127.0.0.1:3000]`: a backup archive of the embedded
// instance in DATA_DIR (docs/operations.md, "Backups"). While the server runs it owns the
// database, so the archive comes from it (GET /api/backup, loopback only); otherwise this script
// opens the database itself. PostgreSQL: use pg_dump.
import fs from "node:fs";
import path from "node:path";
import { config } from "@/config";
import { openDatabase } from "@/db/client";
import { buildArchive, dumpEmbeddedDatabase, pgliteOf, readArchive } from "@/lib/backup/backup";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = path.resolve(option("--out") ?? `tasktide-backup-${stamp}.tar.gz`);
const url = option("--url") ?? `http://127.0.0.1:${process.env.PORT || 3000}`;
const version = JSON.parse(fs.readFileSync("package.json", "utf8")).version as string;

if (config().database.url) {
  console.error('backup: DATABASE_URL is set — back PostgreSQL up with pg_dump (docs/operations.md, "Backups").');
  process.exit(2);
}

const started = Date.now();
let archive: Buffer;
let via: string;
try {
  const res = await fetch(`${url}/api/backup`);
  if (!res.ok) throw Object.assign(new Error(`${res.status}: ${(await res.text()).trim()}`), { answered: true });
  archive = Buffer.from(await res.arrayBuffer());
  via = `the running server at ${url}`;
} catch (error) {
  if ((error as { answered?: boolean }).answered) {
    console.error(`backup: the server refused: ${(error as Error).message}`);
    process.exit(1);
  }
  // No server there: open the database directly (this fails clearly if another process owns it).
  const opened = await openDatabase({ dir: path.join(config().dataDir, "pglite") });
  try {
    const { dump, rows, migrations } = await dumpEmbeddedDatabase(pgliteOf(opened)!);
    const storage = config().files.storage;
    archive = buildArchive({
      dump,
      rows,
      migrations,
      dataDir: config().dataDir,
      filesDir: storage.kind === "disk" ? storage.dir : "/nonexistent",
      appVersion: version,
    }).archive;
    via = `the database in ${config().dataDir}`;
  } finally {
    await opened.close();
  }
}
const { manifest } = readArchive(archive);
fs.writeFileSync(`${out}.tmp`, archive, { mode: 0o600 });
fs.renameSync(`${out}.tmp`, out);
const rows = Object.values(manifest.database.rows).reduce((a, b) => a + b, 0);
console.log(
  `backup: ${out} (${(archive.length / 1024 / 1024).toFixed(1)} MiB) from ${via}: ${rows} rows in ${Object.keys(manifest.database.rows).length} tables, ` +
    `${manifest.files.length} files${manifest.app_secret ? ", the app secret" : ""}; ${Date.now() - started} ms`,
);
