// What the embedded worker does to go fast, each shown by what happens rather than by timing:
// per-webhook claim budgets, the batched attempt log (and its fallback when a row cannot be
// written), a slow receiver that cannot hold back a fast one, and the LISTEN/NOTIFY wake-up of
// workers in other processes (PostgreSQL).
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb, getOpenedDatabase } from "@/db/client";
import { webhookAttempts, webhookDeliveries } from "@/db/schema";
import { newId } from "@/lib/ids";
import { webhookPolicy } from "@/lib/webhooks/current-policy";
import { claimDueDeliveries } from "@/lib/webhooks/delivery-claims";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import { AttemptRecorder } from "@/lib/webhooks/record-attempts-batch";
import { api } from "../support/api";
import { createUser, type TestUser } from "../support/factories";
import { startReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { allowLoopbackWebhooks, deliveriesOf, eventually, registerWebhook, verifySignatures } from "./webhook-test-kit";

let user: TestUser;
let receiver: WebhookReceiver;
const savedTimeout = process.env.WEBHOOK_TIMEOUT_MS;

beforeAll(async () => {
  allowLoopbackWebhooks();
  // Long enough that nothing in this file times out while a test holds a receiver's answers.
  process.env.WEBHOOK_TIMEOUT_MS = "60000";
  user = await createUser();
  receiver = await startReceiver("ok");
});
afterAll(async () => {
  if (savedTimeout === undefined) delete process.env.WEBHOOK_TIMEOUT_MS;
  else process.env.WEBHOOK_TIMEOUT_MS = savedTimeout;
  await receiver.stop();
});
afterEach(() => receiver.clear());

async function insertDeliveries(webhookId: string, n: number, dueOffsetMs = 0): Promise<string[]> {
  const rows = Array.from({ length: n }, (_, i) => ({
    id: newId("delivery"),
    webhookId,
    workspaceId: user.workspaceId,
    eventType: "board.created",
    payload: "{}",
    status: "pending" as const,
    // Oldest first, so the order of the queue is known.
    nextAttemptAt: new Date(Date.now() - 60_000 + dueOffsetMs + i),
  }));
  await (await getDb()).insert(webhookDeliveries).values(rows);
  return rows.map((r) => r.id);
}

describe("claim budgets", () => {
  it("a webhook at its budget is skipped, and the claim takes the next webhook's deliveries instead", async () => {
    const a = (await registerWebhook(user, { url: "http://127.0.0.1:9/a", events: ["board.created"] })).id;
    const b = (await registerWebhook(user, { url: "http://127.0.0.1:9/b", events: ["board.created"] })).id;
    await insertDeliveries(a, 10); // all due before any of b's
    await insertDeliveries(b, 10, 1_000);
    const db = await getDb();
    const count = (claimed: { webhook: { id: string } }[], id: string) => claimed.filter((c) => c.webhook.id === id).length;
    // a's rows come first in the queue, but a may take only 2 more.
    const first = await claimDueDeliveries(db, 6, 60_000, { perWebhook: new Map([[a, 2]]), otherwise: 6 });
    expect(count(first, a)).toBe(2);
    // With a at its limit, its 8 remaining rows are passed over and b's taken.
    const second = await claimDueDeliveries(db, 6, 60_000, { perWebhook: new Map([[a, 0]]), otherwise: 6 });
    expect(count(second, a)).toBe(0);
    expect(count(second, b)).toBe(6);
    await db.delete(webhookDeliveries).where(inArray(webhookDeliveries.webhookId, [a, b]));
  });
});

describe("batched attempt log", () => {
  it("writes a batch in one go, and when one row cannot be written the others are still recorded", async () => {
    const hook = (await registerWebhook(user, { url: "http://127.0.0.1:9/log", events: ["board.deleted"] })).id;
    const ids = await insertDeliveries(hook, 3);
    const db = await getDb();
    const claimed = await claimDueDeliveries(db, 3, 60_000);
    expect(claimed).toHaveLength(3);
    // One delivery disappears mid-attempt (its webhook's deliveries were deleted, say): its log
    // row has nothing to belong to, and the whole batch statement fails.
    await db.delete(webhookDeliveries).where(eq(webhookDeliveries.id, ids[1]));
    const recorder = new AttemptRecorder();
    const policy = webhookPolicy();
    const results = await Promise.allSettled(
      claimed.map(({ token, delivery, webhook }) =>
        recorder.record(db, policy, {
          delivery,
          webhook,
          token,
          attemptId: newId("attempt"),
          attemptNumber: 1,
          startedAt: new Date(),
          headers: { "X-Webhook-Delivery": delivery.id },
          sent: { status: 200, durationMs: 3 },
          decision: { kind: "succeeded" },
        }),
      ),
    );
    const byId = new Map(claimed.map((c, i) => [c.delivery.id, results[i].status]));
    expect(byId.get(ids[0])).toBe("fulfilled");
    expect(byId.get(ids[2])).toBe("fulfilled");
    expect(byId.get(ids[1])).toBe("rejected");
    const rows = await deliveriesOf(hook);
    expect(rows.map((r) => [r.id, r.status, r.attempts, r.lockToken])).toEqual(
      [ids[0], ids[2]].sort().map((id) => [id, "success", 1, null]),
    );
    const attempts = await db.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, ids));
    expect(attempts.map((a) => a.deliveryId).sort()).toEqual([ids[0], ids[2]].sort());
  });
});

describe("a slow receiver among fast ones", () => {
  // A receiver that holds every answer until released: "slow" without any clock.
  const held: ServerResponse[] = [];
  let released = false;
  const gate = createServer((req, res) => {
    req.resume().on("end", () => {
      if (released) res.writeHead(200).end("ok");
      else held.push(res);
    });
  });
  let gateUrl = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => gate.listen(0, "127.0.0.1", resolve));
    gateUrl = `http://127.0.0.1:${(gate.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => {
    gate.closeAllConnections();
    gate.close();
  });

  it("fast receivers get every delivery while the slow one holds at most its limit of attempts", async () => {
    const slow = await registerWebhook(user, { url: gateUrl, events: ["list.created"] });
    const board = (await api("POST", "/v1/boards", { as: user, body: { name: "Slow and fast" } })).body;
    // The slow receiver's deliveries are committed first, so they are first in the queue.
    for (let i = 0; i < 12; i++) await api("POST", "/v1/lists", { as: user, body: { board_id: board.id, name: `Slow ${i}` } });
    const fast = await registerWebhook(user, { url: receiver.url, events: ["list.created"] });
    // From here on both webhooks get each list.created: 12 more for each.
    for (let i = 0; i < 12; i++) await api("POST", "/v1/lists", { as: user, body: { board_id: board.id, name: `Both ${i}` } });

    const worker = new EmbeddedWorker({ concurrency: 8, pollMs: 50 }).start();
    try {
      // Without per-webhook limits the 8 slots all go to the slow receiver's older deliveries,
      // which never answer, and this waits forever.
      await receiver.waitFor(12, 30_000);
      const limit = worker.targets.limitOf(slow.id);
      expect(limit).toBeLessThan(8);
      expect(held.length).toBeLessThanOrEqual(limit);
      for (const request of receiver.requests) verifySignatures(request, fast.secret);
    } finally {
      released = true;
      for (const res of held.splice(0)) res.writeHead(200).end("ok");
      await eventually(
        () => deliveriesOf(slow.id),
        (rows) => rows.length === 24 && rows.every((r) => r.status === "success"),
        30_000,
      );
      await worker.stop();
    }
  });
});

describe.runIf(process.env.DATABASE_URL)("LISTEN/NOTIFY (PostgreSQL)", () => {
  it("workers that nothing in their process wakes are woken by another instance's commit", async () => {
    expect((await getOpenedDatabase()).notifications).toBeDefined();
    const hook = await registerWebhook(user, { url: receiver.url, events: ["board.created"] });
    // Two instances as separate processes would run them: woken only by NOTIFY, and polling
    // once a minute, so a delivery within the wait below came by notification.
    const workers = [1, 2].map(() => new EmbeddedWorker({ wakeInProcess: false, pollMs: 60_000 }).start());
    try {
      await Promise.all(workers.map((w) => w.listening()));
      // Each worker's first claim happens at start; let them both go to sleep on an empty queue.
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (let i = 0; i < 5; i++) await api("POST", "/v1/boards", { as: user, body: { name: `Notified ${i}` } });
      const requests = await receiver.waitFor(5, 20_000);
      const ids = requests.map((r) => String(r.headers["x-webhook-delivery"]));
      expect(new Set(ids).size).toBe(5);
      await eventually(
        () => deliveriesOf(hook.id),
        (rows) => rows.length === 5 && rows.every((r) => r.status === "success" && r.attempts === 1),
      );
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
  });
});
