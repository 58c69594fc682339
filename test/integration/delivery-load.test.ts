// At-least-once under load: 1,000 events fanned out to 5 webhooks (on PostgreSQL; 200 on PGlite,
// which is single-connection and slower) while the receiver fails one request in ten, drained by
// two workers competing for the same rows. Nothing may be lost, and no delivery may ever be
// attempted by both workers at once.
import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookAttempts, webhookDeliveries } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import { createUser, type TestUser } from "../support/factories";
import { startReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { allowLoopbackWebhooks, eventually, registerWebhook, verifySignatures } from "./webhook-test-kit";

const EVENTS = process.env.DATABASE_URL ? 1000 : 200;
const WEBHOOKS = 5;
let receiver: WebhookReceiver;
let user: TestUser;
const workers: EmbeddedWorker[] = [];

beforeAll(async () => {
  allowLoopbackWebhooks();
  process.env.WEBHOOK_RETRY_SCHEDULE = "10ms,20ms,40ms,80ms,160ms,320ms";
  receiver = await startReceiver("flaky", { flakyEvery: 10 });
  user = await createUser();
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await receiver.stop();
  delete process.env.WEBHOOK_RETRY_SCHEDULE;
});

describe("delivery under load", () => {
  it(`delivers ${EVENTS} events × ${WEBHOOKS} webhooks exactly once each with a flaky receiver and two workers`, async () => {
    const hooks = [];
    for (let i = 0; i < WEBHOOKS; i++)
      hooks.push(await registerWebhook(user, { url: `${receiver.url}?hook=${i}`, events: ["card.updated"] }));
    const secrets = new Map(hooks.map((h) => [h.id, h.secret]));
    const db = await getDb();
    const actor = { id: user.id, name: user.name, email: user.email };

    workers.push(new EmbeddedWorker({ pollMs: 100, concurrency: 8 }).start(), new EmbeddedWorker({ pollMs: 100, concurrency: 8 }).start());
    const started = Date.now();
    // 50 events per transaction, four transactions at a time (like concurrent requests).
    const batches = Array.from({ length: EVENTS / 50 }, (_, b) => b);
    await Promise.all(
      [0, 1, 2, 3].map(async (lane) => {
        for (const batch of batches.filter((b) => b % 4 === lane)) {
          await transact(db, async (tx) => {
            for (let i = 0; i < 50; i++) {
              const n = batch * 50 + i;
              await recordEvent(tx, {
                workspaceId: user.workspaceId,
                type: "card.updated",
                boardId: null,
                actor,
                data: { n },
                changes: { n: { from: null, to: n } },
              });
            }
          });
        }
      }),
    );
    const recorded = (Date.now() - started) / 1000;
    const total = EVENTS * WEBHOOKS;
    // A cheap count while waiting: the single PGlite connection is shared with the workers.
    await eventually(
      async () =>
        (
          await db
            .select({ all: count(), done: count(sql`CASE WHEN ${webhookDeliveries.status} <> 'pending' THEN 1 END`) })
            .from(webhookDeliveries)
        )[0],
      (c) => c.all === total && c.done === total,
      60_000,
    );
    const rows = await db.select().from(webhookDeliveries);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `events recorded in ${recorded.toFixed(1)} s; ${total} deliveries in ${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s), ${receiver.requests.length} requests`,
    );

    expect(rows.filter((d) => d.status !== "success")).toEqual([]);
    // Exactly one successful receipt per delivery, and every request is one we logged.
    const okById = new Map<string, number>();
    const succeeded: typeof receiver.requests = [];
    for (const request of receiver.requests) {
      const summary = await request.responseDone;
      if (summary.status === 200) succeeded.push(request);
      if (summary.status === 200)
        okById.set(String(request.headers["x-webhook-delivery"]), (okById.get(String(request.headers["x-webhook-delivery"])) ?? 0) + 1);
    }
    expect(okById.size).toBe(total);
    expect([...okById.values()].every((n) => n === 1)).toBe(true);
    const attempts = await db.select().from(webhookAttempts);
    expect(attempts).toHaveLength(receiver.requests.length);
    expect(rows.reduce((sum, d) => sum + d.attempts, 0)).toBe(receiver.requests.length);
    expect(receiver.requests.length).toBeGreaterThan(total); // the receiver really failed some

    // Each event reached each webhook exactly once. (This filtered on the unawaited promise, so it
    // counted failed receipts too; the linter's no-misused-promises found it.)
    const seen = new Set<string>();
    for (const request of succeeded) {
      const hookId = String(request.headers["x-webhook-id"]);
      const body = JSON.parse(request.rawBody);
      seen.add(`${hookId}:${body.data.n}`);
    }
    expect(seen.size).toBe(total);
    expect(succeeded).toHaveLength(total);
    for (const request of receiver.requests.slice(0, 50)) verifySignatures(request, secrets.get(String(request.headers["x-webhook-id"]))!);

    // No delivery was ever attempted twice at the same time (the lease and SKIP LOCKED hold).
    const byDelivery = new Map<string, Array<[number, number]>>();
    for (const a of attempts) {
      const list = byDelivery.get(a.deliveryId) ?? [];
      list.push([a.startedAt.getTime(), a.startedAt.getTime() + a.durationMs]);
      byDelivery.set(a.deliveryId, list);
    }
    for (const spans of byDelivery.values()) {
      spans.sort((x, y) => x[0] - y[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
    }
  }, 120_000);
});
