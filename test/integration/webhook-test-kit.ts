// Shared helpers for the webhook integration tests (not a test file itself).
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries, type WebhookDelivery } from "@/db/schema";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import { startReceiver, type ReceivedRequest, type WebhookReceiver } from "../support/webhook-receiver";
import { createUser, type TestUser } from "../support/factories";
import { api, type As } from "../support/api";

/** Loopback is allowed only here, by test configuration. */
export function allowLoopbackWebhooks(): void {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
}

export async function registerWebhook(as: As, body: Record<string, unknown>): Promise<{ id: string; secret: string; [key: string]: any }> {
  const res = await api("POST", "/v1/webhooks", { as, body });
  if (res.status !== 201) throw new Error(`webhook create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * Verifies one received request both ways webhooks.md offers: the sha256= recipe (exactly the
 * receiver snippet of the contract) and an independent Standard Webhooks library.
 */
export function verifySignatures(request: ReceivedRequest, secret: string): Record<string, any> {
  const sig = String(request.headers["x-webhook-signature"]);
  const expected = "sha256=" + createHmac("sha256", secret).update(request.rawBody).digest("hex");
  expect(sig.length === expected.length && timingSafeEqual(Buffer.from(sig), Buffer.from(expected))).toBe(true);
  const headers = {
    "webhook-id": String(request.headers["webhook-id"]),
    "webhook-timestamp": String(request.headers["webhook-timestamp"]),
    "webhook-signature": String(request.headers["webhook-signature"]),
  };
  const verified = new StandardWebhook(secret).verify(request.rawBody, headers) as Record<string, any>;
  expect(request.headers["webhook-id"]).toBe(request.headers["x-webhook-delivery"]);
  expect(request.headers["x-webhook-timestamp"]).toBe(request.headers["webhook-timestamp"]);
  expect(request.headers["user-agent"]).toBe("Tasktide-Webhooks/1.0");
  expect(request.headers["content-type"]).toBe("application/json");
  expect(verified.event).toBe(request.headers["x-webhook-event"]);
  return verified;
}

export async function deliveriesOf(webhookId: string): Promise<WebhookDelivery[]> {
  const db = await getDb();
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId)).orderBy(webhookDeliveries.id);
}

/** Polls the database until `check` holds (deliveries are asynchronous), or fails with the last state. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > until)
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value, null, 1).slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

const DELIVERY_ENV = ["WEBHOOK_RETRY_SCHEDULE", "WEBHOOK_TIMEOUT_MS", "WEBHOOK_DISABLE_AFTER"] as const;

/**
 * Registers the hooks of a delivery test file: loopback allowed, an embedded worker for the file,
 * and for each test a fresh receiver, a fresh user and a compressed retry schedule (restored after).
 * The returned object's fields are read inside tests, once the hooks have run.
 */
export function deliveryTestBed(options: { schedule: string; concurrency: number }) {
  const bed = {} as { worker: EmbeddedWorker; receiver: WebhookReceiver; user: TestUser };
  const savedEnv = { ...process.env };
  beforeAll(() => {
    allowLoopbackWebhooks();
    bed.worker = new EmbeddedWorker({ pollMs: 50, concurrency: options.concurrency }).start();
  });
  afterAll(async () => {
    await bed.worker.stop();
  });
  beforeEach(async () => {
    process.env.WEBHOOK_RETRY_SCHEDULE = options.schedule;
    process.env.WEBHOOK_TIMEOUT_MS = "1000";
    delete process.env.WEBHOOK_DISABLE_AFTER;
    bed.receiver = await startReceiver("ok");
    bed.user = await createUser();
  });
  afterEach(async () => {
    await bed.receiver.stop();
    for (const name of DELIVERY_ENV) {
      if (savedEnv[name] === undefined) delete process.env[name];
      else process.env[name] = savedEnv[name];
    }
  });
  return bed;
}
