// `npm test`: every test. The vitest suite (integration tests on PGlite, or on PostgreSQL when
// DATABASE_URL is set), then the Playwright suite in Chromium (skip it with TEST_E2E=0).
import { spawnSync } from "node:child_process";
import { summarize } from "./summarize.mjs";

const label = process.env.DATABASE_URL ? "vitest-postgres" : "vitest-pglite";
const report = ".test-results/vitest.json";
const vitest = spawnSync(
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
summarize(label, report, "vitest");
if (vitest.status !== 0) process.exit(vitest.status ?? 1);
if (process.env.TEST_E2E === "0") process.exit(0);
const e2e = spawnSync("node", ["scripts/e2e.mjs"], { stdio: "inherit" });
process.exit(e2e.status ?? 1);
