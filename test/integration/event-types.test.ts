// GET /v1/event_types, and the catalog's JSON Schemas checked against real deliveries: every event
// type is produced by doing what causes it (through the API, the sign-in check and next-auth's
// sign-out event), received over HTTP by a real receiver, and its `data` validated with Ajv, an
// independent JSON Schema validator, against the schema the endpoint publishes.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { recordSignOut } from "@/lib/auth/record-sign-out";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { EVENT_CATALOG, EVENT_TYPES, SECURITY_EVENT_TYPES } from "@/lib/events/catalog";
import { api } from "../support/api";
import { createUser, sessionCookie } from "../support/factories";
import { startReceiver } from "../support/webhook-receiver";
import { deliveryTestBed, registerWebhook, verifySignatures } from "./webhook-test-kit";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-real-ip": "198.51.100.23" }) }));

const bed = deliveryTestBed({ schedule: "50ms,100ms", concurrency: 8 });

/** Types nothing emits yet: the reserved rows of features still to be built. */
const NOT_EMITTED = new Set<string>([...EVENT_CATALOG.automations]);

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
}

async function catalog() {
  const res = await api("GET", "/v1/event_types", { as: bed.user });
  expect(res.status).toBe(200);
  return res.body as {
    items: { type: string; group: string; security: boolean; description: string; data_schema: object; example: Record<string, any> }[];
    groups: { id: string; label: string; description: string }[];
    next_cursor: null;
  };
}

async function ok(method: string, path: string, body?: unknown, as = bed.user) {
  const res = await api(method, path, { as, body });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

describe("GET /v1/event_types", () => {
  it("lists every type once, in catalog order, with its group, a description, a valid JSON Schema and a whole example", async () => {
    const body = await catalog();
    expect(body.items.map((i) => i.type)).toEqual([...EVENT_TYPES]);
    expect(body.groups.map((g) => g.id)).toEqual(Object.keys(EVENT_CATALOG));
    expect(body.next_cursor).toBeNull();
    const ajv = validator();
    for (const item of body.items) {
      expect(body.groups.map((g) => g.id)).toContain(item.group);
      expect((EVENT_CATALOG as Record<string, readonly string[]>)[item.group]).toContain(item.type);
      expect(item.security).toBe(SECURITY_EVENT_TYPES.includes(item.type as never));
      expect(item.description.length).toBeGreaterThan(10);
      expect(item.data_schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema" });
      const validate = ajv.compile(item.data_schema);
      // The example is a whole delivery body whose data follows the schema.
      expect(validate(item.example.data), `${item.type}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(item.example).toMatchObject({ id: expect.stringMatching(/^evt_/), event: item.type, type: item.type });
      expect(Object.keys(item.example).slice(0, 4)).toEqual(["id", "event", "type", "timestamp"]);
      expect(item.example.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(item.example.actor).toEqual({ id: expect.any(String), name: expect.any(String), email: expect.any(String) });
      const workspaceLevel =
        item.group === "members" || item.group === "test" || (item.group === "security" && item.type !== "board.accessed");
      expect(item.example.board_id === null, item.type).toBe(workspaceLevel);
    }
    const security = body.items.filter((i) => i.security).map((i) => i.type);
    expect(security).toEqual(
      expect.arrayContaining(["auth.login", "auth.login_failed", "auth.logout", "board.accessed", "member.added", "webhook.disabled"]),
    );
  });

  it("is open to viewers and read-only tokens, like other reads", async () => {
    const viewer = await createUser();
    const token = (await ok("POST", "/v1/tokens", { name: "catalog", scope: "read" })).token;
    expect((await api("GET", "/v1/event_types", { as: viewer })).status).toBe(200);
    expect((await api("GET", "/v1/event_types", { as: { token } })).status).toBe(200);
    expect((await api("GET", "/v1/event_types", { as: null })).status).toBe(401);
  });
});

describe("the catalog's schemas against real payloads", () => {
  it("validates the data of every event type, produced by doing what causes it and received over HTTP", async () => {
    const ajv = validator();
    const schemas = new Map((await catalog()).items.map((i) => [i.type, ajv.compile(i.data_schema)]));
    const hook = await registerWebhook(bed.user, { url: bed.receiver.url });
    const db = await getDb();
    const me = bed.user;

    // Security: sign-in, a failed sign-in, sign-out, tokens, webhooks, board access.
    expect((await verifyCredentials(db, { email: me.email, password: me.password }, "203.0.113.9")).ok).toBe(true);
    expect((await verifyCredentials(db, { email: me.email, password: "wrong-password" }, "203.0.113.9")).ok).toBe(false);
    await recordSignOut({ token: { sub: me.id } });
    await sessionCookie(me.id); // another browser, ended from this one: auth.session_revoked
    const otherSession = (await ok("GET", "/v1/sessions")).items.find((s: { current: boolean }) => !s.current);
    await ok("DELETE", `/v1/sessions/${otherSession.id}`);
    await ok("PATCH", "/v1/workspace", { name: "Payload workspace" });
    const token = await ok("POST", "/v1/tokens", { name: "SIEM", scope: "read" });
    await ok("DELETE", `/v1/tokens/${token.id}`);
    const other = await registerWebhook(me, { url: "http://127.0.0.1:9/other", events: ["webhook.test"] });
    await ok("PATCH", `/v1/webhooks/${other.id}`, { description: "edited" });
    await ok("DELETE", `/v1/webhooks/${other.id}`);

    // A receiver answering 410 Gone turns its webhook off at its first delivery: webhook.disabled.
    const gone = await startReceiver("gone");
    await registerWebhook(me, { url: gone.url, events: ["board.created"] });

    // Boards, lists, tags, cards, assignments, comments, checklists, time.
    const colleague = await createUser();
    await ok("POST", "/v1/users", { email: colleague.email, role: "member" });
    await ok("PATCH", `/v1/users/${colleague.id}`, { role: "admin" });
    const board = await ok("POST", "/v1/boards", { name: "Payloads" });
    await ok("PATCH", `/v1/boards/${board.id}`, { name: "Payloads 2" });
    await ok("GET", `/v1/boards/${board.id}`);
    const todo = await ok("POST", "/v1/lists", { board_id: board.id, name: "Todo" });
    const done = await ok("POST", "/v1/lists", { board_id: board.id, name: "Done" });
    await ok("PATCH", `/v1/lists/${todo.id}`, { name: "To do" });
    const tag = await ok("POST", "/v1/tags", { board_id: board.id, name: "bug", color: "#ef4444" });
    const card = await ok("POST", "/v1/cards", { list_id: todo.id, title: "Payload card", assignee_ids: [me.id] });
    // Planning: milestones.
    const milestone = await ok("POST", "/v1/milestones", { board_id: board.id, name: "v1" });
    await ok("PATCH", `/v1/cards/${card.id}`, { milestone_id: milestone.id });
    await ok("PATCH", `/v1/milestones/${milestone.id}`, { name: "v1.0" });
    await ok("PATCH", `/v1/milestones/${milestone.id}`, { status: "done" });
    await ok("DELETE", `/v1/milestones/${milestone.id}`);
    // Planning: sprints and their lifecycle.
    const sprint = await ok("POST", "/v1/sprints", { board_id: board.id, name: "S1" });
    await ok("PATCH", `/v1/cards/${card.id}`, { sprint_id: sprint.id, estimate: 3 });
    await ok("POST", `/v1/sprints/${sprint.id}/plan`);
    await ok("POST", `/v1/sprints/${sprint.id}/activate`);
    await ok("POST", `/v1/sprints/${sprint.id}/pause`);
    await ok("POST", `/v1/sprints/${sprint.id}/resume`);
    await ok("POST", `/v1/sprints/${sprint.id}/start_review`);
    await ok("POST", `/v1/sprints/${sprint.id}/complete`, { unfinished: "backlog" });
    await ok("DELETE", `/v1/sprints/${sprint.id}`);
    // Planning: a dependency that moves its card (schedule.recalculated), then removed.
    const first = await ok("POST", "/v1/cards", {
      list_id: todo.id,
      title: "First",
      start_at: "2026-03-02T00:00:00Z",
      due_at: "2026-03-06T00:00:00Z",
    });
    const then = await ok("POST", "/v1/cards", { list_id: todo.id, title: "Then", due_at: "2026-03-01T00:00:00Z" });
    const dependency = await ok("POST", `/v1/cards/${then.id}/dependencies`, { depends_on_id: first.id, lag_days: 1 });
    await ok("DELETE", `/v1/cards/${then.id}/dependencies/${dependency.id}`);
    await ok("PATCH", `/v1/cards/${card.id}`, { title: "Payload card 2", assignee_ids: [colleague.id], tag_ids: [tag.id] });
    await ok("PATCH", `/v1/cards/${card.id}`, { list_id: done.id, tag_ids: [] });
    await ok("PATCH", `/v1/cards/${card.id}`, { completed: true });
    const link = await ok("POST", "/v1/files", { card_id: card.id, url: "https://example.com/spec.pdf", name: "Spec" });
    await ok("DELETE", `/v1/files/${link.id}`);
    const field = await ok("POST", "/v1/xattr", { board_id: board.id, name: "Priority", type: "select", options: [{ name: "High" }] });
    await ok("PATCH", `/v1/cards/${card.id}`, { fields: { [field.id]: field.options[0].id } });
    await ok("PATCH", `/v1/xattr/${field.id}`, { show_on_card: true });
    await ok("DELETE", `/v1/xattr/${field.id}`);
    const comment = await ok("POST", "/v1/comments", { card_id: card.id, body: "First" });
    await ok("PATCH", `/v1/comments/${comment.id}`, { body: "First, edited" });
    await ok("DELETE", `/v1/comments/${comment.id}`);
    const checklist = await ok("POST", "/v1/checklists", { card_id: card.id, title: "Steps" });
    const item = await ok("POST", `/v1/checklists/${checklist.id}/items`, { text: "One" });
    await ok("PATCH", `/v1/checklists/${checklist.id}/items/${item.id}`, { completed: true });
    await ok("DELETE", `/v1/checklists/${checklist.id}/items/${item.id}`);
    const running = await ok("POST", "/v1/time_entries/start", { card_id: card.id });
    await ok("POST", `/v1/time_entries/${running.id}/stop`);
    const entry = await ok("POST", "/v1/time_entries", {
      card_id: card.id,
      started_at: new Date(Date.now() - 3600_000).toISOString(),
      duration_seconds: 60,
    });
    await ok("PATCH", `/v1/time_entries/${entry.id}`, { note: "Review" });
    await ok("DELETE", `/v1/time_entries/${entry.id}`);
    // Removing the colleague unassigns them (card.unassigned), then the rest goes.
    await ok("DELETE", `/v1/users/${colleague.id}`);
    await ok("PATCH", `/v1/cards/${card.id}`, { archived: true });
    await ok("DELETE", `/v1/cards/${card.id}`);
    await ok("DELETE", `/v1/lists/${todo.id}`);
    await ok("DELETE", `/v1/boards/${board.id}`);
    await ok("POST", `/v1/webhooks/${hook.id}/test`, {});

    const expected = EVENT_TYPES.filter((t) => !NOT_EMITTED.has(t));
    const seen = new Map<string, number>();
    const until = Date.now() + 20_000;
    while (expected.some((t) => !seen.has(t)) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen.clear();
      for (const request of bed.receiver.requests) {
        const type = String(request.headers["x-webhook-event"]);
        seen.set(type, (seen.get(type) ?? 0) + 1);
      }
    }
    expect(expected.filter((t) => !seen.has(t))).toEqual([]);
    await gone.stop();

    for (const request of bed.receiver.requests) {
      const body = verifySignatures(request, hook.secret);
      const validate = schemas.get(body.event)!;
      expect(validate, body.event).toBeDefined();
      expect(validate(body.data), `${body.event}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body.data)}`).toBe(true);
      expect(body.type).toBe(body.event);
    }
    // One per assignee added or removed: me on creation; me out and the colleague in; the colleague out on leaving.
    expect(seen.get("card.assigned")).toBe(2);
    expect(seen.get("card.unassigned")).toBe(2);
  });
});
