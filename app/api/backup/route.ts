import fs from "node:fs";
import path from "node:path";
import { config } from "@/config";
import { getOpenedDatabase } from "@/db/client";
import { isLoopbackRequest } from "@/lib/api/client-ip";
import { buildArchive, dumpEmbeddedDatabase, pgliteOf } from "@/lib/backup/backup";

export const dynamic = "force-dynamic";

// GET /api/backup – the embedded instance's backup archive (what `npm run backup` writes while
// the server runs: PGlite can only be read by the process that owns it). Served to this machine
// only, whatever METRICS_TOKEN says: an archive holds every workspace and the app secret.
export async function GET(req: Request) {
  if (!isLoopbackRequest(req)) {
    return text(403, "Backups are served to this machine only (run `npm run backup` on the server).\n");
  }
  const opened = await getOpenedDatabase();
  const client = pgliteOf(opened);
  if (!client) {
    return text(409, 'This instance uses PostgreSQL: back it up with pg_dump (see docs/operations.md, "Backups").\n');
  }
  const { dump, rows, migrations } = await dumpEmbeddedDatabase(client);
  const storage = config().files.storage;
  const { archive } = buildArchive({
    dump,
    rows,
    migrations,
    dataDir: config().dataDir,
    filesDir: storage.kind === "disk" ? storage.dir : "/nonexistent",
    appVersion: appVersion(),
  });
  return new Response(new Uint8Array(archive), {
    headers: {
      "Content-Type": "application/gzip",
      "Cache-Control": "no-store",
      "Content-Disposition": 'attachment; filename="tasktide-backup.tar.gz"',
    },
  });
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

function appVersion(): string {
  try {
    return String(JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8")).version);
  } catch {
    return "unknown";
  }
}
