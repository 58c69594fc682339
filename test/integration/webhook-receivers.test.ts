// Receivers people already wrote (issue #13): each verification recipe of the vendors' docs,
// copied as-is, must verify every delivery of a run of card, comment and list events; plus the
// caller's own secret, custom headers for SIEMs, webhook.disabled and held deliveries on pause.
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookAttempts, webhooks } from "@/db/schema";
import { api } from "../support/api";
import { startReceiver, type ReceivedRequest } from "../support/webhook-receiver";
import { deliveryTestBed, deliveriesOf, eventually, registerWebhook, verifySignatures } from "./webhook-test-kit";

const bed = deliveryTestBed({ schedule: "50ms,100ms", concurrency: 8 });
const RUN_EVENTS = ["list.created", "card.created", "card.updated", "comment.created", "card.moved", "comment.deleted"];

/** The most common snippet: bare hex HMAC of the raw body, compared with timingSafeEqual (which throws on unequal lengths). */
function verifyBareHex(request: ReceivedRequest, secret: string): boolean {
  const signature = String(request.headers["x-webhook-signature"]);
  const expected = createHmac("sha256", secret).update(request.rawBody).digest("hex");
  return timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

function standardHeaders(request: ReceivedRequest): Record<string, string> {
  return Object.fromEntries(["webhook-id", "webhook-timestamp", "webhook-signature"].map((h) => [h, String(request.headers[h])]));
}

/** Makes a list, a card, an edit, a comment, a move and a comment deletion: six events. */
async function runOfEvents() {
  const as = bed.user;
  const board = (await api("POST", "/v1/boards", { as, body: { name: "Run" } })).body;
  const list = (await api("POST", "/v1/lists", { as, body: { board_id: board.id, name: "Todo" } })).body;
  const card = (await api("POST", "/v1/cards", { as, body: { list_id: list.id, title: "First" } })).body;
  await api("PATCH", `/v1/cards/${card.id}`, { as, body: { title: "First, edited" } });
  const comment = (await api("POST", "/v1/comments", { as, body: { card_id: card.id, body: "Looks good" } })).body;
  const done = (await api("POST", "/v1/lists", { as, body: { board_id: board.id, name: "Done" } })).body;
  await api("PATCH", `/v1/cards/${card.id}`, { as, body: { list_id: done.id } });
  await api("DELETE", `/v1/comments/${comment.id}`, { as });
  return { board, card };
}

const webhookCount = async () => (await getDb()).$count(webhooks);

describe("the receivers people already wrote", () => {
  it("bare hex (signature_format: hex): the timingSafeEqual snippet verifies every delivery of a run", async () => {
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: RUN_EVENTS, signature_format: "hex" });
    expect(webhook.signature_format).toBe("hex");
    await runOfEvents();
    const requests = await bed.receiver.waitFor(7, 10_000);
    expect(new Set(requests.map((r) => r.headers["x-webhook-event"]))).toEqual(new Set(RUN_EVENTS));
    for (const request of requests) {
      expect(String(request.headers["x-webhook-signature"])).toMatch(/^[0-9a-f]{64}$/);
      expect(verifyBareHex(request, webhook.secret)).toBe(true);
      // The Standard Webhooks headers are the same whatever the format.
      expect(() => new StandardWebhook(webhook.secret).verify(request.rawBody, standardHeaders(request))).not.toThrow();
      const body = JSON.parse(request.rawBody);
      expect(body.type).toBe(body.event);
    }
  });

  it("sha256= (the default): the contract's snippet and a Standard Webhooks library verify every delivery", async () => {
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: RUN_EVENTS });
    expect(webhook.signature_format).toBe("sha256_prefixed");
    await runOfEvents();
    const requests = await bed.receiver.waitFor(7, 10_000);
    for (const request of requests) {
      const body = verifySignatures(request, webhook.secret);
      expect(body).toMatchObject({ type: body.event, timestamp: expect.any(String), data: expect.any(Object) });
      expect(() => verifyBareHex(request, webhook.secret)).toThrow(); // lengths differ: why the hex format exists
    }
  });

  it("a caller's own whsec_ secret is used as given and verifies with the Standard Webhooks library unchanged", async () => {
    const secret = "whsec_" + Buffer.from("a caller-chosen key of 32 bytes!").toString("base64");
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: RUN_EVENTS, secret });
    expect(webhook.secret).toBe(secret);
    expect(webhook.secret_hint).toBe(`whsec_…${secret.slice(-4)}`);
    await runOfEvents();
    for (const request of await bed.receiver.waitFor(7, 10_000)) verifySignatures(request, secret);
    const shown = (await api("GET", `/v1/webhooks/${webhook.id}`, { as: bed.user })).body;
    expect(JSON.stringify(shown)).not.toContain(secret.slice(6, 20));
  });

  it("a caller's own plain secret keys both signatures with its UTF-8 bytes (Standard Webhooks' raw format)", async () => {
    const secret = "my-own-provisioned-secret-0123456789";
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: RUN_EVENTS, secret, signature_format: "hex" });
    expect(webhook.secret).toBe(secret);
    expect(webhook.secret_hint).toBe("…6789");
    await runOfEvents();
    for (const request of await bed.receiver.waitFor(7, 10_000)) {
      expect(verifyBareHex(request, secret)).toBe(true);
      expect(() => new StandardWebhook(secret, { format: "raw" }).verify(request.rawBody, standardHeaders(request))).not.toThrow();
    }
    // Rotating to another own secret: the new one signs from then on.
    const next = "another-provisioned-secret-abcdefghij";
    const rotated = await api("POST", `/v1/webhooks/${webhook.id}/rotate_secret`, { as: bed.user, body: { secret: next } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toBe(next);
    bed.receiver.clear();
    await runOfEvents();
    for (const request of await bed.receiver.waitFor(7, 10_000)) expect(verifyBareHex(request, next)).toBe(true);
  });

  it("PATCH switches the format; deliveries after it use the new one", async () => {
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"] });
    const patched = await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { signature_format: "hex" } });
    expect(patched.body.signature_format).toBe("hex");
    await api("POST", "/v1/boards", { as: bed.user, body: { name: "Hex now" } });
    const [request] = await bed.receiver.waitFor(1, 5000);
    expect(verifyBareHex(request, webhook.secret)).toBe(true);
  });

  it("bad secrets and formats are refused with 400, and nothing is created", async () => {
    const before = await webhookCount();
    const bad = [
      { secret: "too-short-secret" },
      { secret: "x".repeat(257) },
      { secret: "a secret with a newline\nin it, long enough" },
      { secret: "a secret with non-ASCII ünïcödé, long enough" },
      { secret: "whsec_not*valid*base64*at*all*here" },
      { secret: "whsec_" + Buffer.from("only ten b").toString("base64") },
      { secret: 123456789012345 },
      { signature_format: "md5" },
      { signature_format: null },
    ];
    for (const body of bad) {
      const res = await api("POST", "/v1/webhooks", { as: bed.user, body: { url: bed.receiver.url, ...body } });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toMatchObject({ error: "invalid_request", message: expect.any(String) });
    }
    expect(await webhookCount()).toBe(before);
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url });
    const rotate = await api("POST", `/v1/webhooks/${webhook.id}/rotate_secret`, { as: bed.user, body: { secret: "short" } });
    expect(rotate.status).toBe(400);
    const [row] = await (await getDb()).select().from(webhooks).where(eq(webhooks.id, webhook.id));
    expect(row.secretHint).toBe(webhook.secret_hint);
  });
});

describe("custom headers for SIEMs and gateways", () => {
  const SPLUNK = "Splunk 8f14e45f-ceea-467f-a8f3-0123456789ab";
  const DATADOG = "dd0123456789abcdef0123456789abcd";

  it("arrive on every attempt, are stored encrypted, and are masked in the API and the delivery log", async () => {
    bed.receiver.setMode("flaky", { flakyEvery: 100 }); // the first attempt fails, the retry succeeds
    const webhook = await registerWebhook(bed.user, {
      url: bed.receiver.url,
      events: ["board.created"],
      headers: { Authorization: SPLUNK, "DD-API-KEY": DATADOG },
    });
    expect(webhook.headers).toEqual([
      { name: "Authorization", value_hint: "…89ab" },
      { name: "DD-API-KEY", value_hint: "…abcd" },
    ]);
    expect(JSON.stringify(webhook)).not.toContain(DATADOG);
    await api("POST", "/v1/boards", { as: bed.user, body: { name: "SIEM" } });
    const requests = await bed.receiver.waitFor(2, 5000);
    for (const request of requests) {
      expect(request.headers.authorization).toBe(SPLUNK);
      expect(request.headers["dd-api-key"]).toBe(DATADOG);
      verifySignatures(request, webhook.secret);
    }
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds[0]?.status === "success",
    );
    const detail = (await api("GET", `/v1/webhooks/${webhook.id}/deliveries/${delivery.id}`, { as: bed.user })).body;
    expect(detail.request_headers.Authorization).toBe("…89ab");
    expect(detail.attempt_log).toHaveLength(2);
    for (const attempt of detail.attempt_log) expect(attempt.request_headers["DD-API-KEY"]).toBe("…abcd");

    const db = await getDb();
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, webhook.id));
    const attempts = await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery.id));
    const stored = JSON.stringify({ row, attempts });
    expect(stored).not.toContain(SPLUNK);
    expect(stored).not.toContain(DATADOG);
  });

  it("PATCH replaces the set; null keeps a header's stored value", async () => {
    const webhook = await registerWebhook(bed.user, {
      url: bed.receiver.url,
      events: ["board.created"],
      headers: { Authorization: SPLUNK, "X-Drop-Me": "something-long-enough" },
    });
    const patched = await api("PATCH", `/v1/webhooks/${webhook.id}`, {
      as: bed.user,
      body: { headers: { authorization: null, "X-Source": "tasktide-production" } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.headers.map((h: { name: string }) => h.name)).toEqual(["authorization", "X-Source"]);
    await api("POST", "/v1/boards", { as: bed.user, body: { name: "After patch" } });
    const [request] = await bed.receiver.waitFor(1, 5000);
    expect(request.headers.authorization).toBe(SPLUNK);
    expect(request.headers["x-source"]).toBe("tasktide-production");
    expect(request.headers["x-drop-me"]).toBeUndefined();

    const missing = await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { headers: { "X-Never-Set": null } } });
    expect(missing.status).toBe(400);
    const cleared = await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { headers: {} } });
    expect(cleared.body.headers).toEqual([]);
  });

  it("refuses reserved names, bad names and values, and more than 10, changing nothing", async () => {
    const before = await webhookCount();
    const bad: Record<string, unknown>[] = [
      { Host: "example.com" },
      { "content-length": "10" },
      { "Transfer-Encoding": "chunked" },
      { Connection: "close" },
      { "X-Webhook-Signature": "sha256=forged" },
      { "webhook-id": "msg_forged" },
      { "Bad Name": "value" },
      { "X-Ok": "line one\r\nInjected: yes" },
      { "X-Ok": "" },
      { "X-Ok": 42 },
      { "X-Ok": "a", "x-ok": "b" },
      Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`X-H${i}`, "v"])),
    ];
    for (const headers of bad) {
      const res = await api("POST", "/v1/webhooks", { as: bed.user, body: { url: bed.receiver.url, headers } });
      expect(res.status, JSON.stringify(headers)).toBe(400);
      expect(res.body.error).toBe("invalid_request");
    }
    expect(await webhookCount()).toBe(before);
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, headers: { "X-Keep": "kept-value-123456" } });
    const res = await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { headers: { Host: "evil" } } });
    expect(res.status).toBe(400);
    expect((await api("GET", `/v1/webhooks/${webhook.id}`, { as: bed.user })).body.headers).toEqual([
      { name: "X-Keep", value_hint: "…3456" },
    ]);
  });
});

describe("when a webhook goes off", () => {
  it("auto-disable records webhook.disabled for the other webhooks (not itself), and admins can acknowledge it", async () => {
    const siem = await startReceiver("ok");
    const watcher = await registerWebhook(bed.user, { url: siem.url, events: ["webhook.disabled"] });
    bed.receiver.setMode("gone");
    const dying = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created", "webhook.disabled"] });
    await api("POST", "/v1/boards", { as: bed.user, body: { name: "Gone" } });
    const [request] = await siem.waitFor(1, 5000);
    const body = verifySignatures(request, watcher.secret);
    expect(body).toMatchObject({ event: "webhook.disabled", actor: null, data: { id: dying.id, active: false, disabled_by: "gone" } });
    const own = await deliveriesOf(dying.id);
    expect(own.map((d) => d.eventType)).toEqual(["board.created"]);

    const disabled = (await api("GET", `/v1/webhooks/${dying.id}`, { as: bed.user })).body;
    expect(disabled).toMatchObject({ active: false, disabled_by: "gone", disabled_acknowledged: false });
    const ack = await api("POST", `/v1/webhooks/${dying.id}/acknowledge`, { as: bed.user });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ active: false, disabled_acknowledged: true });
    expect((await api("POST", `/v1/webhooks/${watcher.id}/acknowledge`, { as: bed.user })).status).toBe(409);
    // Re-enabling clears the acknowledgement, so the next auto-disable shows its notice again.
    const enabled = await api("PATCH", `/v1/webhooks/${dying.id}`, { as: bed.user, body: { active: true } });
    expect(enabled.body.disabled_acknowledged).toBe(false);
    const [row] = await (await getDb()).select().from(webhooks).where(eq(webhooks.id, dying.id));
    expect(row.disabledAcknowledgedAt).toBeNull();
    await siem.stop();
  });

  it("a delivery mid-retry when the webhook is paused is held, not skipped, and sent after resuming", async () => {
    process.env.WEBHOOK_RETRY_SCHEDULE = "400ms,400ms,400ms";
    bed.receiver.setMode("error");
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"] });
    await api("POST", "/v1/boards", { as: bed.user, body: { name: "Held" } });
    await bed.receiver.waitFor(1, 5000);
    await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { active: false } });
    // The retry comes due while paused: the worker holds it (pending, not due) instead of skipping it.
    const [held] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds[0]?.nextAttemptAt === null,
    );
    expect(held).toMatchObject({ status: "pending", attempts: 1 });
    expect(bed.receiver.requests).toHaveLength(1);

    bed.receiver.setMode("ok");
    const resumed = await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { active: true } });
    expect(resumed.status).toBe(200);
    const [sent] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds[0]?.status === "success",
    );
    expect(sent).toMatchObject({ id: held.id, attempts: 2 });
    verifySignatures(bed.receiver.requests[1], webhook.secret);
  });
});
