// What the Dockerfile in docs/deploy.md builds, done without Docker: the runtime dependencies
// alone (`npm ci --omit=dev` in an empty directory), the built output and the files the image
// copies, nothing else; then the image's command (`node scripts/server.mjs`) with the image's
// environment, checked from outside: health, the API document, a page and /v1, and SIGTERM
// ending it with exit 0. CI runs it after `next build` (.ci/run); locally:
//   npm run build && node scripts/image-smoke.mjs
// It fails loudly when the image would: a runtime import of a dev dependency, a file the
// Dockerfile forgot, a server that does not start or does not stop.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("image-smoke: no build (.next/BUILD_ID); run `npm run build` first.");
  process.exit(1);
}

/** The files the Dockerfile's last stage copies (keep in step with docs/deploy.md). */
const IMAGE_FILES = [
  ".next",
  "public",
  "package.json",
  "openapi.json",
  "next.config.ts",
  "instrumentation.ts",
  "scripts/server.mjs",
  "scripts/request-guard.mjs",
  "app",
  "db/migrations",
];

const app = mkdtempSync(path.join(tmpdir(), "tasktide-image-"));
const data = mkdtempSync(path.join(tmpdir(), "tasktide-image-data-"));
const step = (what) => console.log(`image-smoke: ${what}`);
let server;
try {
  step(`runtime dependencies only (npm ci --omit=dev) in ${app}`);
  cpSync(path.join(root, "package.json"), path.join(app, "package.json"));
  cpSync(path.join(root, "package-lock.json"), path.join(app, "package-lock.json"));
  const install = spawnSync("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund"], { cwd: app, stdio: "inherit" });
  if (install.status !== 0) throw new Error("npm ci --omit=dev failed");
  rmSync(path.join(app, "package-lock.json"));
  for (const file of IMAGE_FILES) cpSync(path.join(root, file), path.join(app, file), { recursive: true });

  const port = await freePort();
  step(`node scripts/server.mjs on 127.0.0.1:${port} (NODE_ENV=production, DATA_DIR=${data})`);
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    DATA_DIR: data,
  };
  server = spawn("node", ["scripts/server.mjs"], { cwd: app, env, stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise((resolve) => server.on("exit", (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${base}/api/health`)).ok, 120_000, exited);
  step("health answers");

  const doc = await fetch(`${base}/v1/openapi.json`);
  if (!doc.ok || !(await doc.json()).paths["/v1/cards/bulk"]) throw new Error(`/v1/openapi.json: ${doc.status}`);
  step("the API document is served");

  const page = await fetch(`${base}/sign-in`);
  if (page.status !== 200 || !(await page.text()).includes("Sign in")) throw new Error(`/sign-in: ${page.status}`);
  step("a page renders");

  const refused = await fetch(`${base}/v1/boards`);
  const body = await refused.json();
  if (refused.status !== 401 || body.error !== "unauthorized") throw new Error(`GET /v1/boards unauthenticated: ${refused.status}`);
  step("/v1 answers (401 without credentials, with its JSON error)");

  server.kill("SIGTERM");
  const { code, signal } = await exited;
  if (code !== 0) throw new Error(`after SIGTERM the server exited with ${code ?? signal}`);
  server = undefined;
  step("SIGTERM: exit 0");
  console.log("image-smoke: passed");
} catch (error) {
  console.error(`image-smoke: FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  server?.kill("SIGKILL");
  rmSync(app, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
}

async function until(check, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  let stopped = false;
  exited.then(() => (stopped = true));
  for (;;) {
    if (stopped) throw new Error("the server exited before it answered");
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
