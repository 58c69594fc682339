import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { events, webhookDeliveries } from "@/db/schema";
import { openApiDocumentJson } from "@/lib/api/openapi/document-json";
import { api } from "../support/api";
import { createMember, createUser, type TestUser } from "../support/factories";
import { startReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { allowLoopbackWebhooks, deliveriesOf, registerWebhook, verifySignatures } from "./webhook-test-kit";

let owner: TestUser;
let receiver: WebhookReceiver;

beforeAll(async () => {
  allowLoopbackWebhooks();
  receiver = await startReceiver("ok");
  owner = await createUser({ name: "Hook Owner" });
});
afterAll(async () => {
  await receiver.stop();
});

describe("/v1/webhooks", () => {
  it("creates (secret once), lists, gets (hint only), updates and deletes, recording events without the secret", async () => {
    const created = await api("POST", "/v1/webhooks", {
      as: owner,
      body: { url: receiver.url, events: ["card.created", "card.created"], description: "CI" },
    });
    expect(created.status).toBe(201);
    const hook = created.body;
    expect(hook.id).toMatch(/^wh_[0-9a-z]{26}$/);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(hook.secret.slice(6), "base64")).toHaveLength(32);
    expect(hook).toMatchObject({
      url: receiver.url,
      events: ["card.created"],
      board_ids: [],
      active: true,
      description: "CI",
      secret_hint: `whsec_…${hook.secret.slice(-4)}`,
      consecutive_failures: 0,
    });

    const got = await api("GET", `/v1/webhooks/${hook.id}`, { as: owner });
    expect(got.status).toBe(200);
    expect(got.body.secret).toBeUndefined();
    expect(JSON.stringify(got.body)).not.toContain(hook.secret.slice(6, 20));
    const { secret: _secret, ...withoutSecret } = hook;
    expect(got.body).toEqual(withoutSecret);

    const list = await api("GET", "/v1/webhooks", { as: owner });
    expect(list.body.items.map((w: { id: string }) => w.id)).toContain(hook.id);
    expect(list.body.items.every((w: Record<string, unknown>) => !("secret" in w))).toBe(true);

    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Hooked" } })).body;
    const patched = await api("PATCH", `/v1/webhooks/${hook.id}`, {
      as: owner,
      body: { events: [], board_ids: [board.id], active: false },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ events: [], board_ids: [board.id], active: false, disabled_reason: "Paused by an admin." });

    expect((await api("DELETE", `/v1/webhooks/${hook.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/webhooks/${hook.id}`, { as: owner })).status).toBe(404);
    expect(await deliveriesOf(hook.id)).toHaveLength(0);

    const db = await getDb();
    const recorded = (await db.select().from(events).where(eq(events.workspaceId, owner.workspaceId)).orderBy(events.id)).filter((e) =>
      e.type.startsWith("webhook."),
    );
    expect(recorded.map((e) => e.type)).toEqual(["webhook.created", "webhook.updated", "webhook.deleted"]);
    expect(recorded.every((e) => e.boardId === null && e.actorId === owner.id)).toBe(true);
    expect(recorded[0].data).toMatchObject({ id: hook.id, url: receiver.url });
    expect(recorded[1].changes).toMatchObject({ active: { from: true, to: false }, events: { from: ["card.created"], to: [] } });
    expect(JSON.stringify(recorded)).not.toContain(hook.secret.slice(6, 20));
  });

  it("rejects bad input with a 400 naming the problem and changes nothing", async () => {
    const user = await createUser();
    const cases: Array<[unknown, RegExp]> = [
      [{ url: receiver.url, events: ["card.created", "card.exploded", "nope"] }, /card\.exploded, nope/],
      [{ url: "not a url" }, /not a valid absolute URL/],
      [{ url: "ftp://example.com/x" }, /https/],
      [{ url: "http://user:pw@example.com/x" }, /user name or password/],
      [{ url: receiver.url, board_ids: ["board_00000000000000000000000000"] }, /No such board/],
      [{ url: receiver.url, extra: 1 }, /Unknown field/],
      [{ url: receiver.url, events: "card.created" }, /events/],
      [{}, /url/],
    ];
    for (const [body, message] of cases) {
      const res = await api("POST", "/v1/webhooks", { as: user, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toBe("invalid_request");
      expect(res.body.message).toMatch(message);
    }
    expect((await api("POST", "/v1/webhooks", { as: user, body: "{" })).status).toBe(400);
    const other = await createUser();
    const foreignBoard = (await api("POST", "/v1/boards", { as: other, body: { name: "Theirs" } })).body;
    expect((await api("POST", "/v1/webhooks", { as: user, body: { url: receiver.url, board_ids: [foreignBoard.id] } })).status).toBe(400);
    const hook = await registerWebhook(user, { url: receiver.url });
    for (const [path, body] of [
      [`/v1/webhooks/${hook.id}/rotate_secret`, { grace_period_seconds: 604801 }],
      [`/v1/webhooks/${hook.id}/rotate_secret`, { grace_period_seconds: -1 }],
      [`/v1/webhooks/${hook.id}/recover`, { since: "yesterday" }],
      [`/v1/webhooks/${hook.id}/recover`, { since: "2026-01-02T00:00:00Z", until: "2026-01-01T00:00:00Z" }],
      [`/v1/webhooks/${hook.id}/test`, { event: "card.nope" }],
    ] as const) {
      const res = await api("POST", path, { as: user, body });
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
    }
    expect((await api("PATCH", `/v1/webhooks/${hook.id}`, { as: user, body: {} })).status).toBe(400);
    expect((await api("GET", `/v1/webhooks/${hook.id}/deliveries?status=lost`, { as: user })).status).toBe(400);
    expect((await api("GET", `/v1/webhooks/${hook.id}/deliveries?cursor=zzz`, { as: user })).status).toBe(400);
    expect((await api("GET", "/v1/webhooks", { as: user })).body.items).toHaveLength(1);
  });

  it("refuses private and metadata addresses at registration unless allowed by configuration", async () => {
    const user = await createUser();
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    try {
      for (const url of [
        "http://127.0.0.1/x",
        "http://169.254.169.254/latest",
        "http://[::ffff:127.0.0.1]/",
        "http://10.0.0.1/",
        "http://localhost:3000/",
        "http://2130706433/",
      ]) {
        const res = await api("POST", "/v1/webhooks", { as: user, body: { url } });
        expect(res.status, url).toBe(400);
        expect(res.body.message).toMatch(/private|loopback|localhost|reserved/);
      }
    } finally {
      allowLoopbackWebhooks();
    }
  });

  it("is for admins and owners only; board-restricted tokens and other workspaces are refused", async () => {
    const hook = await registerWebhook(owner, { url: receiver.url, events: ["board.created"] });
    const admin = await createMember(owner.workspaceId, "admin");
    expect((await api("GET", `/v1/webhooks/${hook.id}`, { as: admin })).status).toBe(200);
    for (const role of ["member", "viewer"] as const) {
      const member = await createMember(owner.workspaceId, role);
      expect((await api("GET", "/v1/webhooks", { as: member })).status).toBe(403);
      expect((await api("POST", "/v1/webhooks", { as: member, body: { url: receiver.url } })).status).toBe(403);
      expect((await api("DELETE", `/v1/webhooks/${hook.id}`, { as: member })).status).toBe(403);
    }
    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Scoped" } })).body;
    const restricted = await api("POST", "/v1/tokens", {
      as: owner,
      body: { name: "restricted", scope: "read_write", board_ids: [board.id] },
    });
    expect(restricted.status).toBe(201);
    const token = { token: restricted.body.token as string };
    expect((await api("GET", "/v1/webhooks", { as: token })).status).toBe(403);
    expect((await api("POST", "/v1/webhooks", { as: token, body: { url: receiver.url } })).status).toBe(403);
    const readOnly = await api("POST", "/v1/tokens", { as: owner, body: { name: "ro", scope: "read" } });
    expect((await api("GET", "/v1/webhooks", { as: { token: readOnly.body.token } })).status).toBe(200);
    expect((await api("POST", "/v1/webhooks", { as: { token: readOnly.body.token }, body: { url: receiver.url } })).status).toBe(403);

    const stranger = await createUser();
    for (const [method, path] of [
      ["GET", `/v1/webhooks/${hook.id}`],
      ["PATCH", `/v1/webhooks/${hook.id}`],
      ["DELETE", `/v1/webhooks/${hook.id}`],
      ["POST", `/v1/webhooks/${hook.id}/test`],
      ["POST", `/v1/webhooks/${hook.id}/rotate_secret`],
      ["GET", `/v1/webhooks/${hook.id}/deliveries`],
      ["GET", "/v1/webhooks/wh_nope/deliveries"],
    ] as const) {
      const res = await api(method, path, { as: stranger, body: method === "PATCH" ? { description: "x" } : undefined });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await api("GET", `/v1/webhooks/${hook.id}`, { as: owner })).body.description).toBe("");
  });

  it("caps webhooks per workspace (WEBHOOKS_MAX_PER_WORKSPACE)", async () => {
    const user = await createUser();
    process.env.WEBHOOKS_MAX_PER_WORKSPACE = "2";
    try {
      await registerWebhook(user, { url: receiver.url });
      await registerWebhook(user, { url: receiver.url });
      const third = await api("POST", "/v1/webhooks", { as: user, body: { url: receiver.url } });
      expect(third.status).toBe(409);
      expect(third.body.message).toMatch(/at most 2 webhooks/);
    } finally {
      delete process.env.WEBHOOKS_MAX_PER_WORKSPACE;
    }
  });

  it("test sends webhook.test (or a marked sample) synchronously and returns the result; retry re-sends the same delivery", async () => {
    const user = await createUser();
    const hook = await registerWebhook(user, { url: receiver.url, events: ["board.created"] });
    receiver.clear();
    const tested = await api("POST", `/v1/webhooks/${hook.id}/test`, { as: user });
    expect(tested.status).toBe(200);
    expect(tested.body).toMatchObject({ event: "webhook.test", test: true, status: "success", attempts: 1, last_status_code: 200 });
    expect(tested.body.attempt_log).toHaveLength(1);
    const body = verifySignatures(receiver.requests[0], hook.secret);
    expect(body).toMatchObject({ event: "webhook.test", test: true, workspace_id: user.workspaceId });
    expect(tested.body.request_headers["X-Webhook-Delivery"]).toBe(tested.body.id);

    const board = (await api("POST", "/v1/boards", { as: user, body: { name: "Sample me" } })).body;
    const sample = await api("POST", `/v1/webhooks/${hook.id}/test`, { as: user, body: { event: "board.created" } });
    expect(sample.body).toMatchObject({ event: "board.created", test: true, status: "success" });
    expect(sample.body.payload).toMatchObject({ event: "board.created", test: true, data: board });

    receiver.setMode("error");
    const failing = await api("POST", `/v1/webhooks/${hook.id}/test`, { as: user });
    expect(failing.body).toMatchObject({ status: "failed", last_status_code: 500, next_attempt_at: null });
    receiver.setMode("ok");
    const retried = await api("POST", `/v1/webhooks/${hook.id}/deliveries/${failing.body.id}/retry`, { as: user });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: failing.body.id, status: "success", attempts: 2 });
    expect(retried.body.attempt_log.map((a: { status_code: number }) => a.status_code)).toEqual([500, 200]);
    const [first, second] = receiver.requests.slice(-2);
    expect(first.headers["x-webhook-delivery"]).toBe(second.headers["x-webhook-delivery"]);

    // Tests never count toward deactivation.
    expect((await api("GET", `/v1/webhooks/${hook.id}`, { as: user })).body.consecutive_failures).toBe(0);
    // Filters and 404s of the log.
    const tests = await api("GET", `/v1/webhooks/${hook.id}/deliveries?event=webhook.test&status=success&limit=1`, { as: user });
    expect(tests.body.items).toHaveLength(1);
    expect(tests.body.items[0].id).toBe(failing.body.id); // newest first
    expect(tests.body.next_cursor).not.toBeNull();
    const page2 = await api(
      "GET",
      `/v1/webhooks/${hook.id}/deliveries?event=webhook.test&status=success&limit=1&cursor=${tests.body.next_cursor}`,
      { as: user },
    );
    expect(page2.body.items[0].id).toBe(tested.body.id);
    expect((await api("GET", `/v1/webhooks/${hook.id}/deliveries/msg_nope`, { as: user })).status).toBe(404);
    const db = await getDb();
    expect((await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, hook.id))).length).toBeGreaterThanOrEqual(3);
  });

  it("recover refuses an inactive webhook", async () => {
    const user = await createUser();
    const hook = await registerWebhook(user, { url: receiver.url, active: false });
    const res = await api("POST", `/v1/webhooks/${hook.id}/recover`, { as: user, body: { since: new Date(0).toISOString() } });
    expect(res.status).toBe(409);
  });

  it("documents every operation in the OpenAPI document", () => {
    const modules = import.meta.glob<Record<string, unknown>>("/app/v1/webhooks/**/route.ts", { eager: true });
    const doc = JSON.parse(openApiDocumentJson(modules));
    const ops = (path: string) => Object.keys(doc.paths?.[path] ?? {}).sort();
    expect(ops("/v1/webhooks")).toEqual(["get", "post"]);
    expect(ops("/v1/webhooks/{id}")).toEqual(["delete", "get", "patch"]);
    for (const action of ["test", "rotate_secret", "recover"]) expect(ops(`/v1/webhooks/{id}/${action}`)).toEqual(["post"]);
    expect(ops("/v1/webhooks/{id}/recover/preview")).toEqual(["get"]);
    expect(ops("/v1/webhooks/{id}/deliveries")).toEqual(["get"]);
    expect(ops("/v1/webhooks/{id}/deliveries/{delivery_id}")).toEqual(["get"]);
    expect(ops("/v1/webhooks/{id}/deliveries/{delivery_id}/retry")).toEqual(["post"]);
  });
});
