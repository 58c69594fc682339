// End to end through real webhooks: the events of comments, checklists, time entries and members
// reach a receiver on 127.0.0.1 with the contract's payload, and board filters use the card's board.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import { insertCard } from "../support/board-content";
import { api } from "../support/api";
import { createUser, type TestUser } from "../support/factories";
import { startReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { allowLoopbackWebhooks, registerWebhook, verifySignatures } from "./webhook-test-kit";

let worker: EmbeddedWorker;
let receiver: WebhookReceiver;

beforeAll(async () => {
  allowLoopbackWebhooks();
  worker = new EmbeddedWorker({ pollMs: 50, concurrency: 4 }).start();
  receiver = await startReceiver("ok");
});
afterAll(async () => {
  await worker.stop();
  await receiver.stop();
});
beforeEach(() => receiver.clear());

const createCard = (owner: TestUser) => insertCard(owner);

/** Received payloads, verified, in the order the changes were made (deliveries are unordered). */
async function received(n: number, secret: string) {
  const requests = await receiver.waitFor(n, 10_000);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(receiver.requests).toHaveLength(n);
  return requests.map((r) => verifySignatures(r, secret)).sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe("webhooks for comments, checklists, time entries and members", () => {
  it("delivers each event with the card's board, the actor and data as GET returns it; other boards are filtered out", async () => {
    const owner = await createUser({ name: "Hook Owner" });
    const watched = await createCard(owner);
    const other = await createCard(owner);
    const joiner = await createUser();
    const webhook = await registerWebhook(owner, {
      url: receiver.url,
      board_ids: [watched.boardId],
      events: [
        "comment.created",
        "checklist.item_completed",
        "time_entry.created",
        "time_entry.updated",
        "member.added",
        "member.role_changed",
      ],
    });

    const comment = (await api("POST", "/v1/comments", { as: owner, body: { card_id: watched.id, body: "hello" } })).body;
    await api("POST", "/v1/comments", { as: owner, body: { card_id: other.id, body: "not watched" } });
    const checklist = (
      await api("POST", "/v1/checklists", { as: owner, body: { card_id: watched.id, title: "T", items: [{ text: "x" }] } })
    ).body;
    const item = (
      await api("PATCH", `/v1/checklists/${checklist.id}/items/${checklist.items[0].id}`, { as: owner, body: { completed: true } })
    ).body;
    const entry = (
      await api("POST", "/v1/time_entries", {
        as: owner,
        body: { card_id: watched.id, started_at: "2026-01-01T10:00:00Z", duration_seconds: 60 },
      })
    ).body;
    const edited = (await api("PATCH", `/v1/time_entries/${entry.id}`, { as: owner, body: { note: "n" } })).body;
    const member = (await api("POST", "/v1/users", { as: owner, body: { email: joiner.email, role: "member" } })).body;
    const promoted = (await api("PATCH", `/v1/users/${joiner.id}`, { as: owner, body: { role: "admin" } })).body;

    const payloads = await received(6, webhook.secret);
    const actor = { id: owner.id, name: owner.name, email: owner.email };
    const base = { workspace_id: owner.workspaceId, actor };
    expect(payloads).toEqual([
      {
        ...base,
        id: expect.any(String),
        timestamp: expect.any(String),
        event: "comment.created",
        type: "comment.created",
        board_id: watched.boardId,
        data: comment,
      },
      {
        ...base,
        id: expect.any(String),
        timestamp: expect.any(String),
        event: "checklist.item_completed",
        type: "checklist.item_completed",
        board_id: watched.boardId,
        data: item,
      },
      {
        ...base,
        id: expect.any(String),
        timestamp: expect.any(String),
        event: "time_entry.created",
        type: "time_entry.created",
        board_id: watched.boardId,
        data: entry,
      },
      {
        ...base,
        id: expect.any(String),
        timestamp: expect.any(String),
        event: "time_entry.updated",
        type: "time_entry.updated",
        board_id: watched.boardId,
        data: edited,
        changes: { note: { from: "", to: "n" } },
      },
      // Workspace-level events arrive despite the board filter, with a null board.
      {
        ...base,
        id: expect.any(String),
        timestamp: expect.any(String),
        event: "member.added",
        type: "member.added",
        board_id: null,
        data: member,
      },
      {
        ...base,
        id: expect.any(String),
        timestamp: expect.any(String),
        event: "member.role_changed",
        type: "member.role_changed",
        board_id: null,
        data: promoted,
        changes: { role: { from: "member", to: "admin" } },
      },
    ]);
    expect((await api("GET", `/v1/comments/${comment.id}`, { as: owner })).body).toEqual(payloads[0].data);
    expect((await api("GET", `/v1/checklists/${checklist.id}/items/${item.id}`, { as: owner })).body).toEqual(payloads[1].data);
  });
});
