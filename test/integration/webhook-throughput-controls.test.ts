// Per-webhook throughput controls (issue #13, item 7): pacing measured by the receiver's
// timestamps, the daily cap and its recovery, and the workspace's delivery retention.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { pruneDeliveries } from "@/lib/webhooks/prune-deliveries";
import { api } from "../support/api";
import { createUser } from "../support/factories";
import { deliveryTestBed, deliveriesOf, eventually, registerWebhook, verifySignatures } from "./webhook-test-kit";

const bed = deliveryTestBed({ schedule: "50ms,100ms", concurrency: 8 });
const makeBoards = async (n: number) => {
  for (let i = 0; i < n; i++) await api("POST", "/v1/boards", { as: bed.user, body: { name: `Board ${i}` } });
};

describe("rate_limit_per_second", () => {
  it("paces deliveries to the rate (measured at the receiver), failing none", async () => {
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"], rate_limit_per_second: 5 });
    expect(webhook.rate_limit_per_second).toBe(5);
    await makeBoards(8);
    const requests = await bed.receiver.waitFor(8, 15_000);
    const times = requests.map((r) => r.receivedAt.getTime()).sort((a, b) => a - b);
    // 8 deliveries at 5 per second: the first goes at once, the last no sooner than 7 × 200 ms later.
    expect(times.at(-1)! - times[0]).toBeGreaterThanOrEqual(7 * 200 - 50);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(200 - 50);
    for (const request of requests) verifySignatures(request, webhook.secret);
    const ds = await eventually(
      () => deliveriesOf(webhook.id),
      (rows) => rows.length === 8 && rows.every((d) => d.status === "success"),
    );
    expect(ds.every((d) => d.attempts === 1)).toBe(true);
  });

  it("without a limit the same burst is not spaced out", async () => {
    await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"] });
    await makeBoards(8);
    const requests = await bed.receiver.waitFor(8, 15_000);
    const times = requests.map((r) => r.receivedAt.getTime()).sort((a, b) => a - b);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps.some((gap) => gap < 150)).toBe(true);
  });
});

describe("max_deliveries_per_day", () => {
  it("over the cap, deliveries are recorded skipped with the reason, and recover sends them", async () => {
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"], max_deliveries_per_day: 2 });
    const since = new Date(Date.now() - 1000).toISOString();
    await makeBoards(4);
    await bed.receiver.waitFor(2, 5000);
    const ds = await deliveriesOf(webhook.id);
    expect(ds.map((d) => d.status).sort()).toEqual(["skipped", "skipped", "success", "success"].sort());
    const skipped = ds.filter((d) => d.status === "skipped");
    for (const d of skipped) expect(d.failureReason).toMatch(/daily cap of 2/);
    expect(bed.receiver.requests).toHaveLength(2);

    const preview = await api("GET", `/v1/webhooks/${webhook.id}/recover/preview?since=${encodeURIComponent(since)}`, { as: bed.user });
    expect(preview.body.count).toBe(2);
    const recovered = await api("POST", `/v1/webhooks/${webhook.id}/recover`, { as: bed.user, body: { since } });
    expect(recovered.body).toEqual({ requeued: 2 });
    const requests = await bed.receiver.waitFor(4, 5000);
    expect(new Set(requests.map((r) => r.headers["x-webhook-delivery"]))).toEqual(new Set(ds.map((d) => d.id)));
  });

  it("raising the cap lets the next events through", async () => {
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"], max_deliveries_per_day: 1 });
    await makeBoards(2);
    await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body: { max_deliveries_per_day: null } });
    await makeBoards(1);
    const ds = await eventually(
      () => deliveriesOf(webhook.id),
      (rows) => rows.length === 3 && rows.every((d) => d.status !== "pending"),
    );
    expect(ds.map((d) => d.status)).toEqual(["success", "skipped", "success"]);
  });

  it("bad rate limits and caps are 400 and change nothing", async () => {
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, rate_limit_per_second: 10 });
    for (const body of [
      { rate_limit_per_second: 0 },
      { rate_limit_per_second: 1.5 },
      { rate_limit_per_second: 1001 },
      { rate_limit_per_second: "5" },
      { max_deliveries_per_day: 0 },
      { max_deliveries_per_day: -3 },
      { max_deliveries_per_day: 10_000_001 },
    ]) {
      const res = await api("PATCH", `/v1/webhooks/${webhook.id}`, { as: bed.user, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toBe("invalid_request");
    }
    expect((await api("GET", `/v1/webhooks/${webhook.id}`, { as: bed.user })).body).toMatchObject({
      rate_limit_per_second: 10,
      max_deliveries_per_day: null,
    });
  });
});

describe("delivery retention per workspace", () => {
  it("a workspace keeps its log for its own number of days, never more than the server's", async () => {
    const settings = await api("GET", "/v1/webhook_settings", { as: bed.user });
    expect(settings.body).toEqual({ delivery_retention_days: null, effective_retention_days: 30, max_retention_days: 30 });
    expect((await api("PATCH", "/v1/webhook_settings", { as: bed.user, body: { delivery_retention_days: 31 } })).status).toBe(400);
    expect((await api("PATCH", "/v1/webhook_settings", { as: bed.user, body: { delivery_retention_days: 0 } })).status).toBe(400);
    const set = await api("PATCH", "/v1/webhook_settings", { as: bed.user, body: { delivery_retention_days: 3 } });
    expect(set.body).toEqual({ delivery_retention_days: 3, effective_retention_days: 3, max_retention_days: 30 });

    const other = await createUser();
    const mine = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"] });
    const theirs = await registerWebhook(other, { url: bed.receiver.url, events: ["board.created"] });
    await makeBoards(1);
    await api("POST", "/v1/boards", { as: other, body: { name: "Theirs" } });
    await bed.receiver.waitFor(2, 5000);
    await eventually(
      async () => [...(await deliveriesOf(mine.id)), ...(await deliveriesOf(theirs.id))],
      (ds) => ds.length === 2 && ds.every((d) => d.status === "success"),
    );
    const db = await getDb();
    // Both deliveries are five days old: past this workspace's 3 days, within the other's 30.
    await db
      .update(webhookDeliveries)
      .set({ createdAt: sql`now() - interval '5 days'` })
      .where(sql`${webhookDeliveries.webhookId} IN (${mine.id}, ${theirs.id})`);
    await pruneDeliveries();
    expect(await deliveriesOf(mine.id)).toHaveLength(0);
    expect(await deliveriesOf(theirs.id)).toHaveLength(1);
    const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, theirs.id));
    expect(row.status).toBe("success");
  });
});
