// Runs `next build` unless a build newer than every source file exists, so `npm start` works on a
// fresh clone and `npm test` twice does not build twice.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "db", "inngest", "public", "next.config.ts", "package-lock.json", "instrumentation.ts"];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((entry) => newest(path.join(p, entry))));
}

export function buildIsFresh() {
  const buildId = ".next/BUILD_ID";
  if (!fs.existsSync(buildId)) return false;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newest(source) < builtAt);
}

/** Returns the exit status of the build (0 when none was needed). */
export function buildIfStale(label) {
  if (buildIsFresh()) return 0;
  console.log(`${label}: building the app (next build)…`);
  return spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status ?? 1;
}
