// Graceful shutdown of the real server process (scripts/server.mjs, development mode so no build
// is needed): SIGTERM in the middle of a delivery burst to a slow receiver on 127.0.0.1. The
// server exits 0, every attempt in flight is finished and recorded, no lease is left behind, and
// a new worker claims the rest at once: every delivery reaches the receiver exactly once.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb, openDatabase, setDatabase } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { newId } from "@/lib/ids";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import { api } from "../support/api";
import { createUser } from "../support/factories";
import { startReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { allowLoopbackWebhooks, eventually, registerWebhook } from "./webhook-test-kit";

const DELIVERIES = Number(process.env.SHUTDOWN_TEST_DELIVERIES || 300);
const SLOW_MS = 400;
const CONCURRENCY = 16;

let receiver: WebhookReceiver;
let dataDir: string;
let databaseUrl: string | undefined;
let dropDatabase = async () => {};
const children: ChildProcess[] = [];

const open = () => (databaseUrl ? openDatabase({ url: databaseUrl }) : openDatabase({ dir: path.join(dataDir, "pglite") }));

beforeAll(async () => {
  allowLoopbackWebhooks();
  receiver = await startReceiver("slow", { slowMs: SLOW_MS });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-shutdown-"));
  if (process.env.DATABASE_URL) {
    const name = `tasktide_shutdown_${randomBytes(5).toString("hex")}`;
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
  // The data the server will find: a webhook to the receiver and DELIVERIES pending deliveries.
  await closeDatabase();
  setDatabase(await open());
  const user = await createUser();
  const webhook = await registerWebhook(user, { url: receiver.url, events: ["board.created"] });
  expect((await api("POST", "/v1/boards", { as: user, body: { name: "Burst" } })).status).toBe(201);
  const db = await getDb();
  const [first] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhook.id));
  const copies = Array.from({ length: DELIVERIES - 1 }, () => ({ ...first, id: newId("delivery") }));
  for (let i = 0; i < copies.length; i += 500) await db.insert(webhookDeliveries).values(copies.slice(i, i + 500));
  await closeDatabase();
}, 120_000);

afterAll(async () => {
  for (const proc of children) if (proc.exitCode === null) proc.kill("SIGKILL");
  await receiver.stop();
  await closeDatabase();
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function startServer(env: Record<string, string>) {
  const proc = spawn(process.execPath, ["scripts/server.mjs", "--dev", "-p", "0", "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? "",
      APP_SECRET: process.env.APP_SECRET!,
      WEBHOOKS_ALLOW_PRIVATE: "1",
      WEBHOOK_WORKER_CONCURRENCY: String(CONCURRENCY),
      WEBHOOK_TIMEOUT_MS: "5000",
      LOG_LEVEL: "info",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(proc);
  let out = "";
  proc.stdout!.on("data", (chunk) => (out += chunk));
  proc.stderr!.on("data", (chunk) => (out += chunk));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const ready = new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /ready on http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(Number(m[1]));
      } else if (proc.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`server exited ${proc.exitCode}:\n${out}`));
      }
    }, 50);
  });
  return { proc, ready, exited, output: () => out };
}

describe("SIGTERM during a delivery burst", () => {
  it("finishes the attempts in flight, exits 0, leaves no lease; another worker delivers the rest at once, each exactly once", async () => {
    const server = startServer({ SHUTDOWN_TIMEOUT_MS: "15000" });
    const port = await server.ready;
    // Development compiles on demand; a first request makes sure start-up (the worker) has run.
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    // Mid-burst: a few rounds of the worker's slots delivered, a full round in flight.
    await receiver.waitFor(CONCURRENCY * 3, 120_000);
    const signalled = Date.now();
    server.proc.kill("SIGTERM");
    const code = await server.exited;
    const shutdownMs = Date.now() - signalled;
    expect(code, server.output()).toBe(0);
    expect(server.output()).toContain("SIGTERM: closing the server");
    // Every attempt in flight was allowed to finish: the receiver completed each response.
    const seenAtExit = receiver.requests.length;
    const summaries = await Promise.all(receiver.requests.map((r) => r.responseDone));
    expect(summaries.every((s) => s.completed)).toBe(true);
    expect(shutdownMs).toBeLessThan(15_000);

    setDatabase(await open());
    const db = await getDb();
    const rows = await db
      .select({
        id: webhookDeliveries.id,
        status: webhookDeliveries.status,
        attempts: webhookDeliveries.attempts,
        lockedUntil: webhookDeliveries.lockedUntil,
      })
      .from(webhookDeliveries);
    expect(rows).toHaveLength(DELIVERIES);
    // Nothing stuck behind a lease, nothing lost: what the receiver got is recorded as delivered.
    expect(rows.filter((r) => r.lockedUntil !== null)).toEqual([]);
    const received = new Set(receiver.requests.map((r) => String(r.headers["x-webhook-delivery"])));
    expect(received.size).toBe(seenAtExit);
    for (const row of rows) {
      if (received.has(row.id)) expect(row, row.id).toMatchObject({ status: "success", attempts: 1 });
      else expect(row, row.id).toMatchObject({ status: "pending", attempts: 0 });
    }
    const left = rows.filter((r) => r.status === "pending").length;
    expect(left).toBeGreaterThan(0);

    // Another worker takes the rest immediately (not after a lease expires).
    receiver.setMode("ok");
    const restarted = Date.now();
    const worker = new EmbeddedWorker({ concurrency: 32, pollMs: 50 }).start();
    try {
      await receiver.waitFor(seenAtExit + 1, 5_000);
      expect(Date.now() - restarted).toBeLessThan(5_000);
      await eventually(
        async () => (await db.execute(sql`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'pending'`)) as unknown,
        (result) => Number((Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows)[0].n) === 0,
        120_000,
      );
    } finally {
      await worker.stop();
    }
    const ids = receiver.requests.map((r) => String(r.headers["x-webhook-delivery"]));
    expect(ids).toHaveLength(DELIVERIES);
    expect(new Set(ids).size).toBe(DELIVERIES);
    const done = await db.select({ status: webhookDeliveries.status, attempts: webhookDeliveries.attempts }).from(webhookDeliveries);
    expect(done.every((d) => d.status === "success" && d.attempts === 1)).toBe(true);
    console.log(
      `graceful-shutdown: ${DELIVERIES} deliveries, ${seenAtExit} before SIGTERM, exit 0 after ${shutdownMs} ms, ${left} taken over`,
    );
    await closeDatabase();
  }, 300_000);

  it("past SHUTDOWN_TIMEOUT_MS it stops waiting, releases the leases of the attempts still out and exits 0", async () => {
    setDatabase(await open());
    const db = await getDb();
    const [first] = await db.select().from(webhookDeliveries).limit(1);
    const batch = Array.from({ length: 40 }, () => ({
      ...first,
      id: newId("delivery"),
      status: "pending" as const,
      attempts: 0,
      runAttempts: 0,
      lockedUntil: null,
      lockToken: null,
      lastStatusCode: null,
      lastAttemptAt: null,
      lastDurationMs: null,
      failureReason: null,
      nextAttemptAt: new Date(),
    }));
    await db.insert(webhookDeliveries).values(batch);
    await closeDatabase();
    receiver.clear();
    receiver.setMode("slow", { slowMs: 8_000 });

    const server = startServer({ SHUTDOWN_TIMEOUT_MS: "500" });
    const port = await server.ready;
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    await receiver.waitFor(CONCURRENCY, 60_000);
    const signalled = Date.now();
    server.proc.kill("SIGTERM");
    expect(await server.exited, server.output()).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(6_000);

    setDatabase(await open());
    const ids = batch.map((d) => d.id);
    const rows = (await getDb()).select().from(webhookDeliveries);
    const mine = (await rows).filter((r) => ids.includes(r.id));
    // The abandoned attempts' outcomes are unknown: they stay pending (the claim counted the
    // attempt, no answer was recorded), unleased, claimable now.
    expect(mine.filter((r) => r.lockedUntil !== null)).toEqual([]);
    expect(mine.filter((r) => r.status !== "pending" || r.lastStatusCode !== null)).toEqual([]);
    expect(mine.filter((r) => r.attempts === 1).length).toBeGreaterThan(0);
    receiver.setMode("ok");
    const worker = new EmbeddedWorker({ concurrency: 32, pollMs: 50 }).start();
    try {
      // Well within the lease (2 × WEBHOOK_TIMEOUT_MS + 5 s) they would otherwise wait out.
      await eventually(
        async () => (await getDb()).select({ id: webhookDeliveries.id, status: webhookDeliveries.status }).from(webhookDeliveries),
        (all) => all.filter((r) => ids.includes(r.id)).every((r) => r.status === "success"),
        5_000,
      );
    } finally {
      await worker.stop();
    }
    await closeDatabase();
  }, 300_000);
});
