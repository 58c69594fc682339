// `npm run test:e2e`: Playwright in Chromium against the production server (scripts/server.mjs,
// started by playwright.config.ts), on a throwaway database.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { findChromium } from "./find-chromium.mjs";
import { buildIfStale } from "./build-if-stale.mjs";
import { summarize } from "./summarize.mjs";

const chromiumPath = await findChromium();
if (!chromiumPath) {
  console.error(
    "e2e: no Chromium found. Install one (`npx playwright install chromium`, or `apt-get install chromium` on Debian) or set CHROMIUM_PATH.",
  );
  process.exit(1);
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  const status = buildIfStale("e2e");
  if (status !== 0) process.exit(status);
}

const env = { ...process.env, CHROMIUM_PATH: chromiumPath };
const cleanups = [];
if (process.env.DATABASE_URL) {
  const name = `tasktide_e2e_${randomBytes(5).toString("hex")}`;
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanups.push(async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
  console.log(`e2e: PostgreSQL database ${name}`);
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-e2e-"));
  env.DATA_DIR = dir;
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  console.log(`e2e: embedded database in ${dir}`);
}

const report = ".test-results/playwright.json";
env.PLAYWRIGHT_JSON_OUTPUT_NAME = report;
const run = spawnSync("npx", ["playwright", "test", "--reporter=list,json", ...process.argv.slice(2)], { stdio: "inherit", env });
summarize(process.env.DATABASE_URL ? "playwright-postgres" : "playwright-pglite", report, "playwright");
for (const cleanup of cleanups) await cleanup().catch((error) => console.error("e2e cleanup:", error.message));
process.exit(run.status ?? 1);
