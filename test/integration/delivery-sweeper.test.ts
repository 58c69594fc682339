// The state machinery around attempts: concurrent claims are disjoint, expired leases are
// claimable again, the Inngest sweeper finds stuck deliveries, pruning keeps pending ones.
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { newId } from "@/lib/ids";
import { claimDueDeliveries } from "@/lib/webhooks/delivery-claims";
import { findStuckDeliveries } from "@/lib/webhooks/find-stuck-deliveries";
import { pruneDeliveries } from "@/lib/webhooks/prune-deliveries";
import { createUser, type TestUser } from "../support/factories";
import { allowLoopbackWebhooks, registerWebhook } from "./webhook-test-kit";

let user: TestUser;
let webhookId: string;

beforeAll(async () => {
  allowLoopbackWebhooks();
  user = await createUser();
  webhookId = (await registerWebhook(user, { url: "http://127.0.0.1:9/unused", events: ["board.created"] })).id;
});

async function insertDeliveries(n: number, values: Partial<typeof webhookDeliveries.$inferInsert> = {}): Promise<string[]> {
  const rows = Array.from({ length: n }, () => ({
    id: newId("delivery"),
    webhookId,
    workspaceId: user.workspaceId,
    eventType: "board.created",
    payload: "{}",
    status: "pending" as const,
    nextAttemptAt: new Date(Date.now() - 1000),
    ...values,
  }));
  await (await getDb()).insert(webhookDeliveries).values(rows);
  return rows.map((r) => r.id);
}

async function clearDeliveries() {
  await (await getDb()).delete(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId));
}

describe("claims", () => {
  it("concurrent claims never hand the same delivery to two workers, and leases expire", async () => {
    await clearDeliveries();
    const ids = await insertDeliveries(120);
    const db = await getDb();
    const batches = await Promise.all(Array.from({ length: 8 }, () => claimDueDeliveries(db, 20, 60_000)));
    const claimed = batches.flat().map((c) => c.delivery.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(new Set(claimed)).toEqual(new Set(ids));
    expect(await claimDueDeliveries(db, 10, 60_000)).toEqual([]); // all leased
    // A crashed worker's leases run out: the deliveries are claimable again.
    await db
      .update(webhookDeliveries)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(inArray(webhookDeliveries.id, ids.slice(0, 5)));
    const again = await claimDueDeliveries(db, 10, 60_000);
    expect(new Set(again.map((c) => c.delivery.id))).toEqual(new Set(ids.slice(0, 5)));
    expect(again[0].webhook.id).toBe(webhookId);
  });

  it("does not claim deliveries that are not due, not pending, or skipped", async () => {
    await clearDeliveries();
    await insertDeliveries(2, { nextAttemptAt: new Date(Date.now() + 60_000) });
    await insertDeliveries(2, { status: "success", nextAttemptAt: null });
    await insertDeliveries(2, { status: "skipped", nextAttemptAt: null });
    expect(await claimDueDeliveries(await getDb(), 10, 60_000)).toEqual([]);
  });
});

describe("sweeper and pruning", () => {
  it("finds pending deliveries well past due with no live lease", async () => {
    await clearDeliveries();
    const stuck = await insertDeliveries(2, { nextAttemptAt: new Date(Date.now() - 10 * 60_000) });
    await insertDeliveries(1, { nextAttemptAt: new Date(Date.now() - 10 * 60_000), lockedUntil: new Date(Date.now() + 60_000) });
    await insertDeliveries(1, { nextAttemptAt: new Date(Date.now() - 10_000) }); // just due: not stuck yet
    await insertDeliveries(1, { status: "failed", nextAttemptAt: new Date(Date.now() - 10 * 60_000) });
    const found = await findStuckDeliveries();
    expect(new Set(found.map((f) => f.id))).toEqual(new Set(stuck));
    expect(found[0].webhookId).toBe(webhookId);
  });

  it("prunes finished deliveries past WEBHOOK_LOG_RETENTION_DAYS but never pending ones", async () => {
    await clearDeliveries();
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    const oldDone = await insertDeliveries(3, { status: "success", nextAttemptAt: null, createdAt: old });
    const oldPending = await insertDeliveries(1, { createdAt: old });
    const recent = await insertDeliveries(1, { status: "failed", nextAttemptAt: null });
    expect(await pruneDeliveries()).toBe(3);
    const left = await (
      await getDb()
    )
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.webhookId, webhookId));
    expect(new Set(left.map((r) => r.id))).toEqual(new Set([...oldPending, ...recent]));
    expect(oldDone.every((id) => !left.some((r) => r.id === id))).toBe(true);
    process.env.WEBHOOK_LOG_RETENTION_DAYS = "60";
    try {
      await insertDeliveries(1, { status: "success", nextAttemptAt: null, createdAt: old });
      expect(await pruneDeliveries()).toBe(0);
    } finally {
      delete process.env.WEBHOOK_LOG_RETENTION_DAYS;
    }
  });
});
