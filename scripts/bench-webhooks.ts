// npm run bench:webhooks — the embedded worker against local receivers that verify every
// signature, on PostgreSQL when DATABASE_URL is set (a throwaway database), else in-memory PGlite.
// Scenarios, in one run (BENCH_SCENARIOS=baseline,burst,sustained,slow to pick):
// - baseline: no database, a minimal loop signing and POSTing the same payloads to the same
//   receiver (keep-alive, the worker's concurrency): the ceiling the engine is compared with.
// - burst: BENCH_BURST_EVENTS (1000) events × BENCH_WEBHOOKS (5) committed with no worker running,
//   then one worker drains the backlog: deliveries/s.
// - sustained: events committed at a fixed pace (BENCH_RATE deliveries/s, default 1000, for
//   BENCH_SECONDS, default 10), and never more than BENCH_BACKLOG (2 × the worker's slots)
//   committed but not yet received, so producers are no faster than delivery: deliveries/s
//   achieved and commit → signed receipt p50/p99.
// - slow: the same, plus one receiver answering after 2 s (BENCH_SLOW_MS): the fast ones' p50/p99.
// Also printed: statements per delivery (PostgreSQL) and the machine's load average, since the
// figures depend on what else runs. WEBHOOK_WORKER_CONCURRENCY sets the worker's slots.
import { createHmac } from "node:crypto";
import http, { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { config } from "@/config";
import { signUp } from "@/lib/accounts/sign-up";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { buildPayload } from "@/lib/webhooks/build-payload";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { deliveryHeaders } from "@/lib/webhooks/delivery-headers";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import { collectDatabaseGauges } from "@/lib/metrics/collect-database";
import { scrape } from "@/lib/metrics/metrics";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import type { Ctx } from "@/lib/workspaces/context";
import { openBenchDatabase } from "./bench-database";

const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS || 5);
const BURST_EVENTS = Number(process.env.BENCH_BURST_EVENTS || 1000);
const RATE = Number(process.env.BENCH_RATE || 1000);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const SLOW_MS = Number(process.env.BENCH_SLOW_MS || 2000);
const SCENARIO_BACKLOG = process.env.BENCH_BACKLOG;
const SCENARIOS = new Set((process.env.BENCH_SCENARIOS || "baseline,burst,sustained,slow").split(","));
process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
process.env.APP_SECRET ||= "bench-secret";
const CONCURRENCY = config().webhooks.workerConcurrency;
/** Deliveries committed but not yet received before producers wait (default: two claims' worth). */
const BACKLOG = Number(SCENARIO_BACKLOG || 2 * CONCURRENCY);

let statements = 0;
const bench = await openBenchDatabase({ onQuery: () => void statements++ });
const db = bench.db;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(`driver ${bench.driver}; ${os.cpus().length} cores; worker concurrency ${CONCURRENCY}; load average ${load()}`);

// Receivers verify every signature, as a real one would, and note when each delivery arrived.
const secrets = new Map<string, string>();
const receivedAt = new Map<string, number>(); // delivery id → time
const eventOf = new Map<string, string>(); // delivery id → event id
let bad = 0;
let fastReceived = 0;
function receiver(delayMs: number) {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const secret = secrets.get(String(req.headers["x-webhook-id"])) ?? "";
      const expected = "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
      if (req.headers["x-webhook-signature"] !== expected) bad++;
      const deliveryId = String(req.headers["x-webhook-delivery"]);
      if (!receivedAt.has(deliveryId)) {
        receivedAt.set(deliveryId, performance.now());
        if (delayMs === 0) fastReceived++;
      }
      eventOf.set(deliveryId, (JSON.parse(body.toString("utf8")) as { id: string }).id);
      const answer = () => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
}
async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}
const fastServer = receiver(0);
const slowServer = receiver(SLOW_MS);
const fastUrl = await listen(fastServer);
const slowUrl = await listen(slowServer);

const email = `bench.${Date.now()}@example.test`;
const account = await signUp(db, { name: "Bench", email, password: "bench-password-123" });
if (!account.ok) throw new Error("sign-up failed");
const user = { id: account.userId, name: "Bench", email };
const workspaceId = account.workspaceId;
const ctx: Ctx = { db, caller: { user, workspaceId: account.workspaceId, role: "owner", via: "session" } };
const fastHooks: string[] = [];
for (let i = 0; i < WEBHOOKS; i++) {
  const hook = await createWebhook({ ctx, input: { url: fastUrl, events: ["card.updated"] } });
  secrets.set(hook.id, hook.secret);
  fastHooks.push(hook.id);
}
const slowHook = await createWebhook({ ctx, input: { url: slowUrl, events: ["card.updated"], active: false } });
secrets.set(slowHook.id, slowHook.secret);

const committedAt = new Map<string, number>(); // event id → commit time
let n = 0;
async function commitEvent(): Promise<void> {
  const i = n++;
  const event = await transact(db, (tx) =>
    recordEvent(tx, {
      workspaceId,
      type: "card.updated",
      boardId: null,
      actor: user,
      data: { id: `card_${i}`, title: `Card ${i}`, position: i },
      changes: { position: { from: i - 1, to: i } },
    }),
  );
  committedAt.set(event!.id, performance.now());
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;
async function until(check: () => boolean, timeoutMs = 5 * 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}
function latencies(deliveryIds: Iterable<string>): number[] {
  const out: number[] = [];
  for (const id of deliveryIds) {
    const at = receivedAt.get(id);
    const committed = committedAt.get(eventOf.get(id)!);
    if (at !== undefined && committed !== undefined) out.push(at - committed);
  }
  return out.sort((a, b) => a - b);
}
const results: Record<string, string> = {};

// --- baseline: sign and POST, nothing else ------------------------------------------------
if (SCENARIOS.has("baseline")) {
  const total = BURST_EVENTS * WEBHOOKS;
  const agent = new http.Agent({ keepAlive: true });
  const target = new URL(fastUrl);
  let next = 0;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < total; i = next++) {
        const webhookId = fastHooks[i % WEBHOOKS];
        const deliveryId = newId("delivery");
        const body = buildPayload({
          id: newId("event"),
          type: "card.updated",
          createdAt: new Date(),
          workspaceId,
          boardId: null,
          actor: user,
          data: { id: `card_${i}`, title: `Card ${i}`, position: i },
          changes: { position: { from: i - 1, to: i } },
        });
        const headers = deliveryHeaders({ webhookId, deliveryId, eventType: "card.updated", body, secrets: [secrets.get(webhookId)!] });
        await new Promise<void>((resolve, reject) => {
          const req = http.request(
            { host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent, headers },
            (res) => res.resume().on("end", resolve),
          );
          req.on("error", reject);
          req.end(body);
        });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const rate = total / seconds;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  results.baseline = `${Math.round(rate)}/s`;
  console.log(
    `baseline (no database): ${total} signed POSTs at ${Math.round(rate)}/s, this process ${(((cpu.user + cpu.system) / 1e6 / seconds) * 100).toFixed(0)}% of a core (${((cpu.user + cpu.system) / 1000 / total).toFixed(2)} ms CPU per delivery); load ${load()}`,
  );
}

// --- burst: a committed backlog, drained by one worker ------------------------------------
if (SCENARIOS.has("burst")) {
  const before = fastReceived;
  const total = BURST_EVENTS * WEBHOOKS;
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next++ < BURST_EVENTS) await commitEvent();
    }),
  );
  const s0 = statements;
  // BENCH_PROFILE=file.cpuprofile: a CPU profile of the drain alone (open in Chrome DevTools).
  const profiler = process.env.BENCH_PROFILE ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.start");
  }
  const worker = new EmbeddedWorker().start();
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  // BENCH_SCRAPE=1: what GET /api/metrics shows half a second into the drain (the webhook lines).
  const scraped =
    process.env.BENCH_SCRAPE === "1"
      ? new Promise((resolve) => setTimeout(resolve, 500)).then(() => collectDatabaseGauges()).then(async () => (await scrape()).text)
      : undefined;
  const ok = await until(() => fastReceived - before >= total);
  if (scraped) {
    const lines = (await scraped).split("\n").filter((l) => /^tasktide_(webhook|database)/.test(l) && !/_bucket\{/.test(l));
    console.log(`metrics scrape 0.5 s into the burst:\n${lines.join("\n")}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (profiler) {
    const { profile } = await profiler.post("Profiler.stop");
    writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profile));
    profiler.disconnect();
  }
  const cpuNote = `, this process ${(((cpu.user + cpu.system) / 1e6 / seconds) * 100).toFixed(0)}% of a core (${((cpu.user + cpu.system) / 1000 / total).toFixed(2)} ms CPU per delivery)`;
  await worker.stop();
  const perDelivery = bench.driver === "postgres" ? `, ${((statements - s0) / total).toFixed(2)} statements per delivery` : "";
  results.burst = `${Math.round(total / seconds)}/s`;
  console.log(
    `burst: ${total} deliveries drained in ${seconds.toFixed(2)} s = ${Math.round(total / seconds)}/s${ok ? "" : " (TIMED OUT)"}${perDelivery}${cpuNote}; load ${load()}`,
  );
}

// --- sustained: producers paced at RATE deliveries/s ---------------------------------------
async function paced(label: string, fastOnly?: Set<string>) {
  const eventsPerSecond = RATE / WEBHOOKS;
  const events = Math.round(eventsPerSecond * SECONDS);
  const expected = events * WEBHOOKS;
  const before = new Set(receivedAt.keys());
  const fastBefore = fastReceived;
  const worker = new EmbeddedWorker().start();
  const s0 = statements;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const inFlight = new Set<Promise<void>>();
  let lagMs = 0;
  let nextAt = started;
  let heldMs = 0;
  for (let i = 0; i < events; i++) {
    // Producers no faster than delivery: while BENCH_BACKLOG deliveries are committed but not
    // yet received, the next commit waits (and the pace restarts from then, without catching up).
    if (i * WEBHOOKS - (fastReceived - fastBefore) >= BACKLOG) {
      const held = performance.now();
      while (i * WEBHOOKS - (fastReceived - fastBefore) >= BACKLOG) await new Promise((resolve) => setTimeout(resolve, 1));
      heldMs += performance.now() - held;
      nextAt = Math.max(nextAt, performance.now());
    }
    const wait = nextAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    else lagMs = Math.max(lagMs, -wait);
    nextAt += 1000 / eventsPerSecond;
    const p = commitEvent().finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= 64) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const produced = performance.now();
  const ok = await until(() => fastReceived - fastBefore >= expected);
  const finished = performance.now();
  const cpu = process.cpuUsage(cpu0);
  await worker.stop();
  const fresh = [...receivedAt.keys()].filter((id) => !before.has(id) && (!fastOnly || fastOnly.has(hookOfDelivery.get(id)!)));
  // Deliveries of this run to fast receivers: their webhook is in the X-Webhook-ID we verified.
  const sorted = latencies(fresh);
  const rate = fresh.length / ((finished - started) / 1000);
  const statementsNote =
    bench.driver === "postgres" ? `, ${((statements - s0) / fresh.length).toFixed(2)} statements per delivery (producers included)` : "";
  const line = `${Math.round(rate)}/s, p50 ${ms(pct(sorted, 50))}, p99 ${ms(pct(sorted, 99))}`;
  results[label] = line;
  console.log(
    `${label}: offered ${RATE}/s for ${SECONDS} s (${events} events; producers held back ${(heldMs / 1000).toFixed(2)} s by the backlog cap and at most ${lagMs.toFixed(0)} ms behind pace, done after ${((produced - started) / 1000).toFixed(2)} s); ` +
      `${fresh.length} delivered${ok ? "" : " (TIMED OUT)"} at ${line}${fastOnly ? " (fast receivers)" : ""}${statementsNote}, this process ${(((cpu.user + cpu.system) / 1e6 / ((finished - started) / 1000)) * 100).toFixed(0)}% of a core; load ${load()}`,
  );
}
const hookOfDelivery = new Map<string, string>();
// The receivers learn each delivery's webhook from its headers.
for (const server of [fastServer, slowServer]) {
  server.prependListener("request", (req: http.IncomingMessage) => {
    hookOfDelivery.set(String(req.headers["x-webhook-delivery"]), String(req.headers["x-webhook-id"]));
  });
}

if (SCENARIOS.has("sustained")) await paced("sustained");
if (SCENARIOS.has("slow")) {
  await updateWebhook({ ctx, id: slowHook.id, input: { active: true } });
  // Only the fast ones' deliveries are awaited; the slow receiver's trail behind by design.
  await paced("slow", new Set(fastHooks));
  await updateWebhook({ ctx, id: slowHook.id, input: { active: false } });
}
console.log(`bad signatures: ${bad}`);
console.log(JSON.stringify(results));
fastServer.close();
slowServer.close();
await bench.close();
await bench.drop();
process.exit(0);
