// npm run bench:webhooks — N events × M webhooks to a local receiver on the embedded worker.
// Prints deliveries per second and the p50/p95/p99 time from the event's commit to a verified
// (sha256=) receipt. PostgreSQL when DATABASE_URL is set, otherwise in-memory PGlite.
//   BENCH_EVENTS (default 1000), BENCH_WEBHOOKS (5), BENCH_PRODUCERS (concurrent committers, 4),
//   WEBHOOK_WORKER_CONCURRENCY (16). On PostgreSQL a throwaway database is created and dropped.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { signUp } from "@/lib/accounts/sign-up";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import type { Ctx } from "@/lib/workspaces/context";
import { openBenchDatabase } from "./bench-database";

const EVENTS = Number(process.env.BENCH_EVENTS || 1000);
const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS || 5);
const PRODUCERS = Number(process.env.BENCH_PRODUCERS || 4);
process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
process.env.APP_SECRET ||= "bench-secret";

const bench = await openBenchDatabase();
const db = bench.db;

// The receiver verifies every signature, as a real one would, and notes when each arrived.
const secrets = new Map<string, string>();
const receivedAt = new Map<string, number[]>();
let bad = 0;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    const secret = secrets.get(String(req.headers["x-webhook-id"]));
    const expected =
      "sha256=" +
      createHmac("sha256", secret ?? "")
        .update(body)
        .digest("hex");
    if (req.headers["x-webhook-signature"] !== expected) bad++;
    const eventId = JSON.parse(body.toString("utf8")).id as string;
    const list = receivedAt.get(eventId) ?? [];
    list.push(performance.now());
    receivedAt.set(eventId, list);
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;

const email = `bench.${Date.now()}@example.test`;
const account = await signUp(db, { name: "Bench", email, password: "bench-password-123" });
if (!account.ok) throw new Error("sign-up failed");
const user = { id: account.userId, name: "Bench", email };
const ctx: Ctx = { db, caller: { user, workspaceId: account.workspaceId, role: "owner", via: "session" } };
for (let i = 0; i < WEBHOOKS; i++) {
  const hook = await createWebhook({ ctx, input: { url, events: ["card.updated"] } });
  secrets.set(hook.id, hook.secret);
}

const worker = new EmbeddedWorker().start();
const committedAt = new Map<string, number>();
const started = performance.now();
// One transaction per event, as the app commits each change on its own, from a few concurrent
// "requests" at once.
let next = 0;
await Promise.all(
  Array.from({ length: PRODUCERS }, async () => {
    for (let n = next++; n < EVENTS; n = next++) {
      const event = await transact(db, (tx) =>
        recordEvent(tx, {
          workspaceId: account.workspaceId,
          type: "card.updated",
          boardId: null,
          actor: user,
          data: { n },
          changes: { n: { from: n - 1, to: n } },
        }),
      );
      committedAt.set(event.id, performance.now());
    }
  }),
);
const recorded = performance.now();
const total = EVENTS * WEBHOOKS;
const deadline = Date.now() + 10 * 60_000;
while ([...receivedAt.values()].reduce((sum, l) => sum + l.length, 0) < total && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 10));
}
const finished = performance.now();
await worker.stop();

const latencies: number[] = [];
for (const [eventId, times] of receivedAt) for (const t of times) latencies.push(t - committedAt.get(eventId)!);
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
const seconds = (finished - started) / 1000;
console.log(
  `driver: ${bench.driver}; ${EVENTS} events × ${WEBHOOKS} webhooks = ${total} deliveries; received ${latencies.length}; bad signatures ${bad}`,
);
console.log(`events committed in ${((recorded - started) / 1000).toFixed(2)} s; all delivered after ${seconds.toFixed(2)} s`);
console.log(`throughput: ${Math.round(latencies.length / seconds)} deliveries/s`);
console.log(`commit → signed receipt: p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms`);
server.close();
await bench.close();
await bench.drop();
process.exit(0);
