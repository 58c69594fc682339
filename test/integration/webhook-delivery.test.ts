// End-to-end delivery on the embedded worker against a real receiver on 127.0.0.1: every request
// is verified by both signature schemes, and each receiver mode of the contract is exercised.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { attemptDelivery } from "@/lib/webhooks/attempt-delivery";
import { newId } from "@/lib/ids";
import { api } from "../support/api";
import { deliveryTestBed, deliveriesOf, eventually, registerWebhook, verifySignatures } from "./webhook-test-kit";

const bed = deliveryTestBed({ schedule: "50ms,100ms", concurrency: 8 });

const makeBoard = async (name = "Board") => (await api("POST", "/v1/boards", { as: bed.user, body: { name } })).body;
const hook = (body: Record<string, unknown> = {}) =>
  registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created", "board.updated"], ...body });
const finished = (d: { status: string }) => d.status !== "pending";
const log = (webhookId: string, deliveryId: string) => api("GET", `/v1/webhooks/${webhookId}/deliveries/${deliveryId}`, { as: bed.user });

describe("delivery on the embedded worker", () => {
  it("200: delivers a correctly signed board.created, visible in the log", async () => {
    const webhook = await hook();
    const board = await makeBoard("Signed");
    // (The one-second bound is asserted in the done-when test below, once the database is warm.)
    const [request] = await bed.receiver.waitFor(1, 5000);
    const body = verifySignatures(request, webhook.secret);
    expect(body).toMatchObject({ event: "board.created", board_id: board.id, workspace_id: bed.user.workspaceId, data: board });
    expect(request.headers["x-webhook-id"]).toBe(webhook.id);

    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 1 && finished(ds[0]),
    );
    expect(delivery).toMatchObject({ status: "success", attempts: 1, lastStatusCode: 200 });
    expect(request.headers["x-webhook-delivery"]).toBe(delivery.id);

    const list = await api("GET", `/v1/webhooks/${webhook.id}/deliveries`, { as: bed.user });
    expect(list.body.items[0]).toMatchObject({
      id: delivery.id,
      event: "board.created",
      status: "success",
      attempts: 1,
      last_status_code: 200,
      next_attempt_at: null,
    });
    expect(list.body.items[0].last_response_time_ms).toBeGreaterThanOrEqual(0);
    const detail = (await log(webhook.id, delivery.id)).body;
    expect(detail.payload).toEqual(JSON.parse(request.rawBody));
    expect(detail.request_headers["X-Webhook-Signature"]).toBe(request.headers["x-webhook-signature"]);
    expect(detail.attempt_log).toMatchObject([{ number: 1, status_code: 200, error_kind: null, response_excerpt: '{"ok":true}' }]);
  });

  it("done-when: changing a card sends a correctly signed card.updated with its changes within a second", async () => {
    const board = await makeBoard("Cards");
    const list = (await api("POST", "/v1/lists", { as: bed.user, body: { board_id: board.id, name: "Todo" } })).body;
    const card = (await api("POST", "/v1/cards", { as: bed.user, body: { list_id: list.id, title: "Review PR" } })).body;
    const webhook = await hook({ events: ["card.updated"], board_ids: [board.id] });
    const started = Date.now();
    const updated = await api("PATCH", `/v1/cards/${card.id}`, { as: bed.user, body: { title: "Review pull request" } });
    expect(updated.status).toBe(200);
    const [request] = await bed.receiver.waitFor(1, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    const body = verifySignatures(request, webhook.secret);
    expect(body).toMatchObject({
      event: "card.updated",
      board_id: board.id,
      actor: { id: bed.user.id, name: bed.user.name, email: bed.user.email },
      data: { id: card.id, title: "Review pull request" },
      changes: { title: { from: "Review PR", to: "Review pull request" } },
    });
  });

  it("500: retries on the schedule with the same delivery id and a fresh signature, then fails", async () => {
    bed.receiver.setMode("error");
    const webhook = await hook();
    await makeBoard();
    const requests = await bed.receiver.waitFor(3, 3000);
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => finished(ds[0]),
    );
    expect(delivery).toMatchObject({ status: "failed", attempts: 3, lastStatusCode: 500 });
    expect(delivery.failureReason).toBe("all 3 attempts failed; last: HTTP 500");
    for (const request of requests) verifySignatures(request, webhook.secret);
    expect(new Set(requests.map((r) => r.headers["x-webhook-delivery"]))).toEqual(new Set([delivery.id]));
    // 50 ms then 100 ms, ±10 % jitter.
    const gaps = [1, 2].map((i) => requests[i].receivedAt.getTime() - requests[i - 1].receivedAt.getTime());
    expect(gaps[0]).toBeGreaterThanOrEqual(44);
    expect(gaps[1]).toBeGreaterThanOrEqual(89);
    const detail = (await log(webhook.id, delivery.id)).body;
    expect(detail.attempt_log.map((a: any) => [a.number, a.status_code, a.error_kind])).toEqual([
      [1, 500, "http"],
      [2, 500, "http"],
      [3, 500, "http"],
    ]);
    expect((await api("GET", `/v1/webhooks/${webhook.id}`, { as: bed.user })).body.consecutive_failures).toBe(1);
  });

  it("slow past the timeout: the attempt is a timeout", async () => {
    process.env.WEBHOOK_TIMEOUT_MS = "300";
    process.env.WEBHOOK_RETRY_SCHEDULE = "50ms";
    bed.receiver.setMode("slow", { slowMs: 3000 });
    const webhook = await hook();
    await makeBoard();
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => finished(ds[0]),
    );
    const detail = (await log(webhook.id, delivery.id)).body;
    expect(detail.status).toBe("failed");
    for (const attempt of detail.attempt_log) {
      expect(attempt).toMatchObject({ error_kind: "timeout", status_code: null });
      expect(attempt.duration_ms).toBeGreaterThanOrEqual(290);
      expect(attempt.duration_ms).toBeLessThan(2000);
    }
  });

  it("connection refused shows failed attempts and the scheduled retry; starting the receiver again delivers", async () => {
    process.env.WEBHOOK_RETRY_SCHEDULE = "1s,1s";
    const webhook = await hook();
    await bed.receiver.stop();
    await makeBoard();
    const [pending] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds[0]?.attempts === 1,
    );
    const listed = (await api("GET", `/v1/webhooks/${webhook.id}/deliveries?status=pending`, { as: bed.user })).body.items[0];
    expect(listed).toMatchObject({ id: pending.id, status: "pending", attempts: 1, last_status_code: null });
    expect(Date.parse(listed.next_attempt_at)).toBeGreaterThan(Date.now());
    expect((await log(webhook.id, pending.id)).body.attempt_log[0]).toMatchObject({ error_kind: "connection", status_code: null });

    await bed.receiver.restart();
    const [request] = await bed.receiver.waitFor(1, 3000);
    verifySignatures(request, webhook.secret);
    const [done] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => finished(ds[0]),
    );
    expect(done).toMatchObject({ id: pending.id, status: "success", attempts: 2 });
  });

  it("3xx is a failed attempt and the redirect is not followed", async () => {
    process.env.WEBHOOK_RETRY_SCHEDULE = "50ms";
    bed.receiver.setMode("redirect");
    const webhook = await hook();
    await makeBoard();
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => finished(ds[0]),
    );
    expect(delivery).toMatchObject({ status: "failed", lastStatusCode: 302 });
    expect(bed.receiver.requests.every((r) => r.path === "/webhook")).toBe(true);
    expect((await log(webhook.id, delivery.id)).body.attempt_log[0]).toMatchObject({ error_kind: "redirect", status_code: 302 });
  });

  it("410 disables the webhook at once; its later events are recorded as skipped", async () => {
    bed.receiver.setMode("gone");
    const webhook = await hook();
    await makeBoard();
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => finished(ds[0]),
    );
    expect(delivery).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: 410 });
    const after = (await api("GET", `/v1/webhooks/${webhook.id}`, { as: bed.user })).body;
    expect(after).toMatchObject({ active: false, disabled_reason: expect.stringContaining("410") });
    expect(after.disabled_at).not.toBeNull();
    await makeBoard("later");
    const all = await deliveriesOf(webhook.id);
    expect(all.map((d) => d.status)).toEqual(["failed", "skipped"]);
    expect(bed.receiver.requests).toHaveLength(1);
  });

  it("429 with Retry-After: the next attempt waits what the receiver asked (within the schedule's bounds)", async () => {
    process.env.WEBHOOK_RETRY_SCHEDULE = "50ms,3s";
    bed.receiver.setMode("rate_limited", { retryAfter: "1" });
    const webhook = await hook();
    await makeBoard();
    await bed.receiver.waitFor(1, 1000);
    bed.receiver.setMode("ok");
    const requests = await bed.receiver.waitFor(2, 3000);
    const gap = requests[1].receivedAt.getTime() - requests[0].receivedAt.getTime();
    expect(gap).toBeGreaterThanOrEqual(950); // not the schedule's 50 ms
    expect(gap).toBeLessThan(2000);
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => finished(ds[0]),
    );
    expect(delivery).toMatchObject({ status: "success", attempts: 2 });
  });

  it("a huge response is cut off: only the first 4 KiB is read and logged", async () => {
    bed.receiver.setMode("huge", { hugeBytes: 16 * 1024 * 1024 });
    const webhook = await hook();
    await makeBoard();
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => finished(ds[0]),
    );
    expect(delivery.status).toBe("success");
    const excerpt = (await log(webhook.id, delivery.id)).body.attempt_log[0].response_excerpt;
    expect(excerpt).toHaveLength(4096);
    const summary = await bed.receiver.requests[0].responseDone;
    expect(summary.completed).toBe(false);
    expect(summary.bytesSent).toBeLessThan(16 * 1024 * 1024);
  });

  it("auto-deactivates after N failed deliveries in a row; re-enabling keeps the count; recover delivers each missed event once; a success resets the count", async () => {
    process.env.WEBHOOK_RETRY_SCHEDULE = "50ms";
    process.env.WEBHOOK_DISABLE_AFTER = "2";
    bed.receiver.setMode("error");
    const webhook = await hook();
    const since = new Date(Date.now() - 1000).toISOString();
    await makeBoard("f1");
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.every(finished),
    );
    expect((await api("GET", `/v1/webhooks/${webhook.id}`, { as: bed.user })).body).toMatchObject({
      active: true,
      consecutive_failures: 1,
    });
    await makeBoard("f2");
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 2 && ds.every(finished),
    );
    const disabled = (await api("GET", `/v1/webhooks/${webhook.id}`, { as: bed.user })).body;
    expect(disabled).toMatchObject({ active: false, consecutive_failures: 2 });
    expect(disabled.disabled_reason).toMatch(/after 2 failed deliveries in a row.*HTTP 500/);

    await makeBoard("missed");
    expect((await deliveriesOf(webhook.id)).map((d) => d.status)).toEqual(["failed", "failed", "skipped"]);

    bed.receiver.setMode("ok");
    bed.receiver.clear();
    const enabled = (await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { active: true } })).body;
    expect(enabled).toMatchObject({ active: true, consecutive_failures: 2, disabled_reason: null });

    const recovered = await api("POST", `/v1/webhooks/${webhook.id}/recover`, { as: bed.user, body: { since } });
    expect(recovered.body).toEqual({ requeued: 3 });
    const requests = await bed.receiver.waitFor(3, 3000);
    const ds = await eventually(
      () => deliveriesOf(webhook.id),
      (rows) => rows.every(finished),
    );
    expect(ds.map((d) => d.status)).toEqual(["success", "success", "success"]);
    const names = requests.map((r) => verifySignatures(r, webhook.secret).data.name).sort();
    expect(names).toEqual(["f1", "f2", "missed"]);
    expect(new Set(requests.map((r) => r.headers["x-webhook-delivery"]))).toEqual(new Set(ds.map((d) => d.id)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bed.receiver.requests).toHaveLength(3); // once each, no duplicates
    expect((await api("GET", `/v1/webhooks/${webhook.id}`, { as: bed.user })).body.consecutive_failures).toBe(0);
  });

  it("rotation with a grace period signs with both secrets; the plain signature uses the new one", async () => {
    const webhook = await hook();
    const rotated = await api("POST", `/v1/webhooks/${webhook.id}/rotate_secret`, { as: bed.user, body: { grace_period_seconds: 3600 } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(webhook.secret);
    expect(rotated.body.previous_secret_expires_at).not.toBeNull();
    await makeBoard();
    const [request] = await bed.receiver.waitFor(1, 2000);
    expect(String(request.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    verifySignatures(request, rotated.body.secret);
    // The Standard Webhooks library accepts the old secret too while the grace period lasts.
    const { Webhook: StandardWebhook } = await import("standardwebhooks");
    const headers = Object.fromEntries(
      ["webhook-id", "webhook-timestamp", "webhook-signature"].map((h) => [h, String(request.headers[h])]),
    );
    expect(() => new StandardWebhook(webhook.secret).verify(request.rawBody, headers)).not.toThrow();

    // Without a grace period the old secret stops at once.
    const again = (await api("POST", `/v1/webhooks/${webhook.id}/rotate_secret`, { as: bed.user })).body;
    bed.receiver.clear();
    await makeBoard("after");
    const [next] = await bed.receiver.waitFor(1, 2000);
    expect(String(next.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    verifySignatures(next, again.secret);
    const nextHeaders = Object.fromEntries(
      ["webhook-id", "webhook-timestamp", "webhook-signature"].map((h) => [h, String(next.headers[h])]),
    );
    expect(() => new StandardWebhook(rotated.body.secret).verify(next.rawBody, nextHeaders)).toThrow();
  });

  it("keeps secrets encrypted at rest", async () => {
    const webhook = await hook();
    const db = await getDb();
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, webhook.id));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(webhook.secret);
    expect(stored).not.toContain(webhook.secret.slice("whsec_".length));
    expect(row.secretCiphertext).toMatch(/^v1:/);
  });

  it("refuses a payload over 256 KiB without sending it, with a clear reason", async () => {
    const webhook = await hook();
    const db = await getDb();
    const id = newId("delivery");
    const big = JSON.stringify({ id: newId("event"), event: "board.updated", data: { blob: "x".repeat(300 * 1024) } });
    await db.insert(webhookDeliveries).values({
      id,
      webhookId: webhook.id,
      workspaceId: bed.user.workspaceId,
      eventType: "board.updated",
      payload: big,
      status: "pending",
      isTest: false,
    });
    const result = await attemptDelivery(id, { manual: true });
    expect(result).toMatchObject({ kind: "attempted", errorKind: "payload_too_large", decision: { kind: "failed" } });
    const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
    expect(row.status).toBe("failed");
    expect(row.failureReason).toMatch(/256 KiB/);
    expect(bed.receiver.requests).toHaveLength(0);
  });
});
