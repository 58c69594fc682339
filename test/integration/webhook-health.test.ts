// The webhook JSON's health fields (last_delivery_*), disabled_by, and recover/preview: what the
// settings UI reads instead of polling the delivery log. Real deliveries on the embedded worker to
// a real receiver on 127.0.0.1, compressed retry schedule.
import { describe, expect, it } from "vitest";
import { api } from "../support/api";
import { createMember, createUser } from "../support/factories";
import { deliveryTestBed, deliveriesOf, eventually, registerWebhook } from "./webhook-test-kit";

const bed = deliveryTestBed({ schedule: "50ms", concurrency: 4 });

const makeBoard = async (name = "Board") => (await api("POST", "/v1/boards", { as: bed.user, body: { name } })).body;
const hook = (body: Record<string, unknown> = {}) =>
  registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"], ...body });
const getHook = async (id: string) => (await api("GET", `/v1/webhooks/${id}`, { as: bed.user })).body;
const listed = async (id: string) =>
  (await api("GET", "/v1/webhooks", { as: bed.user })).body.items.find((w: { id: string }) => w.id === id);
const allFinished = (ds: { status: string }[]) => ds.every((d) => d.status !== "pending");
const preview = (id: string, query = "") => api("GET", `/v1/webhooks/${id}/recover/preview${query}`, { as: bed.user });

describe("health fields", () => {
  it("are null before any delivery, and GET and the list agree", async () => {
    const webhook = await hook();
    expect(webhook).toMatchObject({
      last_delivery_status: null,
      last_delivery_at: null,
      last_delivery_status_code: null,
      disabled_by: null,
    });
    expect(await getHook(webhook.id)).toMatchObject({
      last_delivery_status: null,
      last_delivery_at: null,
      last_delivery_status_code: null,
    });
    expect(await listed(webhook.id)).toMatchObject({ last_delivery_status: null });
  });

  it("after a success: success, the attempt's time and 200", async () => {
    const webhook = await hook();
    await makeBoard();
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 1 && allFinished(ds),
    );
    const got = await getHook(webhook.id);
    expect(got).toMatchObject({ last_delivery_status: "success", last_delivery_status_code: 200 });
    expect(got.last_delivery_at).toBe(delivery.lastAttemptAt!.toISOString());
    expect(await listed(webhook.id)).toEqual(got);
  });

  it("after a failure: failed with the last status code; a test delivery does not mask it", async () => {
    bed.receiver.setMode("error");
    const webhook = await hook();
    await makeBoard();
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 1 && allFinished(ds),
    );
    expect(delivery.status).toBe("failed");
    bed.receiver.setMode("ok");
    expect((await api("POST", `/v1/webhooks/${webhook.id}/test`, { as: bed.user, body: {} })).body.status).toBe("success");
    const got = await getHook(webhook.id);
    expect(got).toMatchObject({
      last_delivery_status: "failed",
      last_delivery_status_code: 500,
      last_delivery_at: delivery.lastAttemptAt!.toISOString(),
    });
    expect(await listed(webhook.id)).toMatchObject({ last_delivery_status: "failed", last_delivery_status_code: 500 });
  });

  it("after a skip: skipped, its creation time and no status code", async () => {
    const webhook = await hook({ active: false });
    await makeBoard();
    const [delivery] = await deliveriesOf(webhook.id);
    expect(delivery.status).toBe("skipped");
    expect(await getHook(webhook.id)).toMatchObject({
      last_delivery_status: "skipped",
      last_delivery_at: delivery.createdAt.toISOString(),
      last_delivery_status_code: null,
    });
  });

  it("each webhook in the list shows its own newest delivery", async () => {
    const ok = await hook();
    bed.receiver.setMode("ok");
    const paused = await hook({ active: false });
    const untouched = await hook({ events: ["card.created"] });
    await makeBoard();
    await eventually(
      () => deliveriesOf(ok.id),
      (ds) => ds.length === 1 && allFinished(ds),
    );
    const items = (await api("GET", "/v1/webhooks", { as: bed.user })).body.items;
    const byId = new Map(items.map((w: { id: string }) => [w.id, w]));
    expect(byId.get(ok.id)).toMatchObject({ last_delivery_status: "success", last_delivery_status_code: 200 });
    expect(byId.get(paused.id)).toMatchObject({ last_delivery_status: "skipped", last_delivery_status_code: null });
    expect(byId.get(untouched.id)).toMatchObject({ last_delivery_status: null, last_delivery_at: null });
  });
});

describe("disabled_by", () => {
  it("admin: a pause says so, re-enabling clears it; registering paused counts as an admin pause", async () => {
    const webhook = await hook();
    expect(webhook.disabled_by).toBeNull();
    const paused = await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { active: false } });
    expect(paused.body).toMatchObject({ active: false, disabled_by: "admin" });
    expect(await getHook(webhook.id)).toMatchObject({ disabled_by: "admin" });
    const resumed = await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { active: true } });
    expect(resumed.body).toMatchObject({ active: true, disabled_by: null, disabled_reason: null });
    expect((await hook({ active: false })).disabled_by).toBe("admin");
  });

  it("failures: auto-deactivation after WEBHOOK_DISABLE_AFTER failed deliveries; re-enabling clears it", async () => {
    process.env.WEBHOOK_DISABLE_AFTER = "2";
    bed.receiver.setMode("error");
    const webhook = await hook();
    await makeBoard("f1");
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 1 && allFinished(ds),
    );
    expect(await getHook(webhook.id)).toMatchObject({ active: true, disabled_by: null });
    await makeBoard("f2");
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 2 && allFinished(ds),
    );
    const disabled = await getHook(webhook.id);
    expect(disabled).toMatchObject({
      active: false,
      disabled_by: "failures",
      last_delivery_status: "failed",
      last_delivery_status_code: 500,
    });
    expect(await listed(webhook.id)).toMatchObject({ disabled_by: "failures" });
    const enabled = await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { active: true } });
    expect(enabled.body).toMatchObject({ active: true, disabled_by: null });
  });

  it("gone: a 410 disables at once", async () => {
    bed.receiver.setMode("gone");
    const webhook = await hook();
    await makeBoard();
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 1 && allFinished(ds),
    );
    expect(await getHook(webhook.id)).toMatchObject({
      active: false,
      disabled_by: "gone",
      last_delivery_status: "failed",
      last_delivery_status_code: 410,
    });
  });
});

describe("GET /v1/webhooks/{id}/recover/preview", () => {
  it("counts what recover then re-queues, for an explicit window and for 'since the last success'", async () => {
    process.env.WEBHOOK_DISABLE_AFTER = "100";
    const webhook = await hook();
    await makeBoard("delivered");
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 1 && allFinished(ds),
    );
    const afterSuccess = new Date().toISOString();

    bed.receiver.setMode("error");
    await makeBoard("failed");
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 2 && allFinished(ds),
    );
    await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { active: false } });
    await makeBoard("skipped 1");
    await makeBoard("skipped 2");
    const ds = await deliveriesOf(webhook.id);
    expect(ds.map((d) => d.status)).toEqual(["success", "failed", "skipped", "skipped"]);

    // A test delivery is neither missed nor a success that ends the window.
    bed.receiver.setMode("ok");
    await api("POST", `/v1/webhooks/${webhook.id}/test`, { as: bed.user, body: {} });

    // Everything since the last success: works while inactive, so the UI can show it before re-enabling.
    const sinceSuccess = await preview(webhook.id);
    expect(sinceSuccess.status).toBe(200);
    expect(sinceSuccess.body).toEqual({ count: 3, oldest_created_at: ds[1].createdAt.toISOString() });
    // An explicit window.
    const window = `?since=${encodeURIComponent(ds[2].createdAt.toISOString())}&until=${encodeURIComponent(ds[3].createdAt.toISOString())}`;
    expect((await preview(webhook.id, window)).body).toEqual({ count: 1, oldest_created_at: ds[2].createdAt.toISOString() });
    expect((await preview(webhook.id, `?since=${encodeURIComponent(new Date(0).toISOString())}`)).body.count).toBe(3);
    expect((await preview(webhook.id, `?since=${encodeURIComponent(afterSuccess)}`)).body.count).toBe(3);

    await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { active: true } });
    bed.receiver.clear();
    const recovered = await api("POST", `/v1/webhooks/${webhook.id}/recover`, {
      as: bed.user,
      body: { since: sinceSuccess.body.oldest_created_at },
    });
    expect(recovered.body).toEqual({ requeued: sinceSuccess.body.count });
    const requests = await bed.receiver.waitFor(3, 5000);
    expect(requests.map((r) => JSON.parse(r.rawBody).data.name).sort()).toEqual(["failed", "skipped 1", "skipped 2"]);
    await eventually(() => deliveriesOf(webhook.id), allFinished);
    expect((await preview(webhook.id)).body).toEqual({ count: 0, oldest_created_at: null });
    expect(await getHook(webhook.id)).toMatchObject({ last_delivery_status: "success", last_delivery_status_code: 200 });
  });

  it("bad input is a 400 envelope; another workspace's webhook and members are refused", async () => {
    const webhook = await hook();
    for (const query of ["?since=yesterday", "?until=2026-13-01", "?since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z", "?limit=5"]) {
      const res = await preview(webhook.id, query);
      expect(res.status, query).toBe(400);
      expect(res.body.error).toBe("invalid_request");
    }
    const stranger = await createUser();
    expect((await api("GET", `/v1/webhooks/${webhook.id}/recover/preview`, { as: stranger })).status).toBe(404);
    expect((await api("GET", `/v1/webhooks/wh_nope/recover/preview`, { as: bed.user })).status).toBe(404);
    const member = await createMember(bed.user.workspaceId, "member");
    expect((await api("GET", `/v1/webhooks/${webhook.id}/recover/preview`, { as: member })).status).toBe(403);
  });
});
