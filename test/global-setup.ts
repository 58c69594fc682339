import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
  }
}

/**
 * Starting PGlite and running every migration costs seconds per test file. Instead the migrated
 * database is built once per set of migrations, dumped to a file, and each file's fresh database
 * loads that dump (migrations still run on it, and find nothing to do).
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return project.provide("pgliteTemplate", null);
  const migrations = path.join(process.cwd(), "db/migrations");
  const hash = createHash("sha256");
  for (const file of fs.readdirSync(migrations, { recursive: true }).map(String).sort()) {
    const full = path.join(migrations, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  const dir = path.join(process.cwd(), "node_modules/.cache/tasktide");
  const file = path.join(dir, `pglite-template-${hash.digest("hex").slice(0, 16)}.tar.gz`);
  if (!fs.existsSync(file)) {
    const opened = await openDatabase({ dir: "memory://" });
    const client = (opened.db as unknown as { $client: { dumpDataDir(compression: "gzip"): Promise<Blob> } }).$client;
    const dump = Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer());
    await opened.close();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${file}.tmp`, dump);
    fs.renameSync(`${file}.tmp`, file);
  }
  project.provide("pgliteTemplate", file);
}
