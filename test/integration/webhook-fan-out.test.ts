import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { encryptWebhookSecret } from "@/lib/webhooks/webhook-secrets";
import { generateWebhookSecret } from "@/lib/webhooks/sign-payload";
import { newId } from "@/lib/ids";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { api } from "../support/api";
import { createUser, type TestUser } from "../support/factories";

let owner: TestUser;

beforeAll(async () => {
  owner = await createUser({ name: "Fan Out" });
});

async function insertWebhook(values: { events?: string[]; boardIds?: string[]; active?: boolean; workspaceId?: string }) {
  const db = await getDb();
  const secret = generateWebhookSecret();
  const [row] = await db
    .insert(webhooks)
    .values({
      id: newId("webhook"),
      workspaceId: values.workspaceId ?? owner.workspaceId,
      url: "http://127.0.0.1:9/hook",
      events: values.events ?? [],
      boardIds: values.boardIds ?? [],
      active: values.active ?? true,
      secretCiphertext: encryptWebhookSecret(secret),
      secretHint: "x",
    })
    .returning();
  return row;
}

async function deliveriesOf(webhookId: string) {
  const db = await getDb();
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId)).orderBy(webhookDeliveries.id);
}

describe("fan-out", () => {
  it("creates one delivery per matching webhook in the event's transaction, with the contract's payload", async () => {
    const all = await insertWebhook({});
    const boardsOnly = await insertWebhook({ events: ["board.created"] });
    const cardsOnly = await insertWebhook({ events: ["card.created"] });
    const paused = await insertWebhook({ active: false });
    const stranger = await createUser();
    const otherWorkspace = await insertWebhook({ workspaceId: stranger.workspaceId });

    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Fan" } })).body;
    const [delivery] = await deliveriesOf(all.id);
    expect(delivery).toMatchObject({ status: "pending", eventType: "board.created", workspaceId: owner.workspaceId, attempts: 0 });
    expect(delivery.id).toMatch(/^msg_[0-9a-z]{26}$/);
    expect(delivery.nextAttemptAt).toBeInstanceOf(Date);
    const payload = JSON.parse(delivery.payload);
    expect(Object.keys(payload)).toEqual(["id", "event", "type", "timestamp", "workspace_id", "board_id", "actor", "data"]);
    expect(payload.type).toBe(payload.event);
    expect(payload).toMatchObject({
      event: "board.created",
      workspace_id: owner.workspaceId,
      board_id: board.id,
      actor: { id: owner.id, name: owner.name, email: owner.email },
      data: board,
    });
    expect(payload.id).toMatch(/^evt_/);
    expect(payload.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    expect(await deliveriesOf(boardsOnly.id)).toHaveLength(1);
    expect(await deliveriesOf(cardsOnly.id)).toHaveLength(0);
    const [skipped] = await deliveriesOf(paused.id);
    expect(skipped).toMatchObject({ status: "skipped", nextAttemptAt: null });
    expect(await deliveriesOf(otherWorkspace.id)).toHaveLength(0);

    // `changes` is present on updates only, holding just what changed.
    await api("PATCH", `/v1/boards/${board.id}`, { as: owner, body: { name: "Fan 2" } });
    const updated = (await deliveriesOf(all.id)).find((d) => d.eventType === "board.updated")!;
    expect(JSON.parse(updated.payload).changes).toEqual({ name: { from: "Fan", to: "Fan 2" } });
  });

  it("filters by board: restricted webhooks get only their boards' events", async () => {
    const user = await createUser();
    const first = (await api("POST", "/v1/boards", { as: user, body: { name: "One" } })).body;
    const restricted = await insertWebhook({ workspaceId: user.workspaceId, boardIds: [first.id] });
    await api("PATCH", `/v1/boards/${first.id}`, { as: user, body: { name: "One!" } });
    await api("POST", "/v1/boards", { as: user, body: { name: "Two" } });
    expect((await deliveriesOf(restricted.id)).map((d) => d.eventType)).toEqual(["board.updated"]);
  });

  it("writes nothing when the change rolls back", async () => {
    const hook = await insertWebhook({});
    const before = (await deliveriesOf(hook.id)).length;
    const db = await getDb();
    await expect(
      transact(db, async (tx) => {
        await recordEvent(tx, { workspaceId: owner.workspaceId, type: "board.updated", boardId: null, actor: null, data: { id: "x" } });
        expect((await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, hook.id))).length).toBe(before + 1);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await deliveriesOf(hook.id)).toHaveLength(before);
  });
});
