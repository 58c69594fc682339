// A crash test: the app process is killed with SIGKILL while deliveries are pending and in
// flight; a new process on the same database delivers every one of them.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { verifySignatures } from "./webhook-test-kit";

const EVENTS = 12;
let receiver: WebhookReceiver;
let dataDir: string;
let databaseUrl: string | undefined;
let dropDatabase = async () => {};

beforeAll(async () => {
  receiver = await startReceiver("slow", { slowMs: 20_000 });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-crash-"));
  if (process.env.DATABASE_URL) {
    const name = `tasktide_crash_${randomBytes(5).toString("hex")}`;
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
});
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const proc of children) if (proc.exitCode === null) proc.kill("SIGKILL");
  await receiver.stop();
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function child(args: string[]): { proc: ChildProcess; line: (prefix: string, timeoutMs: number) => Promise<string> } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    APP_SECRET: "crash-test-secret",
    WEBHOOKS_ALLOW_PRIVATE: "1",
    WEBHOOK_TIMEOUT_MS: "1000",
    WEBHOOK_RETRY_SCHEDULE: "100ms,200ms,400ms,800ms",
    DATABASE_URL: databaseUrl ?? "",
  };
  // node itself with tsx's loader (not `npx tsx`, whose wrapper processes would outlive a SIGKILL).
  const proc = spawn(process.execPath, ["--import", "tsx", "test/integration/webhook-crash.child.ts", ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(proc);
  let out = "";
  let err = "";
  proc.stdout!.on("data", (chunk) => (out += chunk));
  proc.stderr!.on("data", (chunk) => (err += chunk));
  const line = (prefix: string, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const found = out.split("\n").find((l) => l.startsWith(prefix));
        if (found) {
          clearInterval(timer);
          resolve(found.slice(prefix.length + 1));
        } else if (proc.exitCode !== null || Date.now() > deadline) {
          clearInterval(timer);
          reject(new Error(`child did not print ${prefix} (exit ${proc.exitCode}):\n${out}\n${err}`));
        }
      }, 20);
      const deadline = Date.now() + timeoutMs;
    });
  return { proc, line };
}

describe("crash recovery", () => {
  it("delivers every pending delivery after the process is killed with SIGKILL and started again", async () => {
    const first = child(["record", receiver.url, String(EVENTS)]);
    const { webhookId, secret } = JSON.parse(await first.line("READY", 60_000));
    await receiver.waitFor(1, 10_000); // attempts are in flight (the receiver is stalling them)
    first.proc.kill("SIGKILL");
    await new Promise((resolve) => first.proc.once("exit", resolve));
    const beforeRestart = receiver.requests.length;
    expect(beforeRestart).toBeLessThan(EVENTS * 5);

    receiver.setMode("ok");
    const second = child(["drain", webhookId, String(EVENTS)]);
    const deliveries: Array<{ id: string }> = JSON.parse(await second.line("DONE", 60_000));
    await new Promise((resolve) => second.proc.once("exit", resolve));

    expect(deliveries).toHaveLength(EVENTS);
    const okRequests = receiver.requests.filter((r) => r.mode === "ok");
    const delivered = new Set(okRequests.map((r) => String(r.headers["x-webhook-delivery"])));
    expect(delivered).toEqual(new Set(deliveries.map((d) => d.id)));
    const names = new Set(okRequests.map((r) => verifySignatures(r, secret).data.name));
    expect(names).toEqual(new Set(Array.from({ length: EVENTS }, (_, i) => `crash ${i}`)));
  }, 120_000);
});
