import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { actorOf, eventsOf, makeBoard, makeCard, makeList, snapshotContent } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";
import { deliveries } from "./planning-kit";

let owner: TestUser;

beforeAll(async () => {
  owner = await createUser({ name: "Mira Milestone" });
});

const makeMilestone = async (boardId: string, body: Record<string, unknown> = {}) => {
  const res = await api("POST", "/v1/milestones", { as: owner, body: { board_id: boardId, name: "v1.0", ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};

describe("/v1/milestones", () => {
  it("creates, lists, gets, edits, completes, reopens and deletes a milestone, with its events", async () => {
    const board = await makeBoard(owner);
    const created = await api("POST", "/v1/milestones", {
      as: owner,
      body: { board_id: board.id, name: " Beta ", description: "First users", due_at: "2026-05-01T00:00:00+02:00" },
    });
    expect(created.status).toBe(201);
    const ms = created.body;
    expect(ms).toMatchObject({
      board_id: board.id,
      workspace_id: owner.workspaceId,
      name: "Beta",
      description: "First users",
      due_at: "2026-04-30T22:00:00.000Z",
      status: "open",
      completed_at: null,
      position: 0,
      progress: { cards_total: 0, cards_done: 0, time_logged_seconds: 0 },
    });
    expect(ms.id).toMatch(/^ms_[0-9a-z]{26}$/);
    const second = await makeMilestone(board.id, { name: "GA" });
    expect(second.position).toBe(1);
    expect((await api("GET", `/v1/milestones/${ms.id}`, { as: owner })).body).toEqual(ms);
    const listed = await api("GET", `/v1/milestones?board_id=${board.id}`, { as: owner });
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([second.id, ms.id]);

    const renamed = await api("PATCH", `/v1/milestones/${ms.id}`, { as: owner, body: { name: "Public beta", position: 5 } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Public beta", position: 5, status: "open" });
    const done = await api("PATCH", `/v1/milestones/${ms.id}`, { as: owner, body: { status: "done" } });
    expect(done.body.status).toBe("done");
    expect(done.body.completed_at).not.toBeNull();
    expect((await api("GET", `/v1/milestones?board_id=${board.id}&status=done`, { as: owner })).body.items).toEqual([done.body]);
    const reopened = await api("PATCH", `/v1/milestones/${ms.id}`, { as: owner, body: { status: "open" } });
    expect(reopened.body).toMatchObject({ status: "open", completed_at: null });
    // Nothing changes: no event.
    expect((await api("PATCH", `/v1/milestones/${ms.id}`, { as: owner, body: { status: "open" } })).status).toBe(200);
    expect((await api("DELETE", `/v1/milestones/${ms.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/milestones/${ms.id}`, { as: owner })).status).toBe(404);

    const recorded = (await eventsOf(board.id)).filter((e) => e.type.startsWith("milestone."));
    expect(recorded.map((e) => e.type)).toEqual([
      "milestone.created",
      "milestone.created",
      "milestone.updated",
      "milestone.completed",
      "milestone.updated",
      "milestone.deleted",
    ]);
    expect(recorded[0]).toMatchObject({ actor: actorOf(owner), data: ms, changes: null });
    expect(recorded[2]).toMatchObject({
      data: renamed.body,
      changes: { name: { from: "Beta", to: "Public beta" }, position: { from: 0, to: 5 } },
    });
    expect(recorded[3]).toMatchObject({ data: done.body, changes: null });
    expect(recorded[4].changes).toEqual({
      status: { from: "done", to: "open" },
      completed_at: { from: done.body.completed_at, to: null },
    });
    expect(recorded[5].data).toEqual(reopened.body);
  });

  it("computes progress from its cards (done / total, archived left out) and their finished time", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const ms = await makeMilestone(board.id);
    const a = await makeCard(owner, list.id, "A", { milestone_id: ms.id, completed: true });
    const b = await makeCard(owner, list.id, "B", { milestone_id: ms.id });
    const c = await makeCard(owner, list.id, "C");
    await makeCard(owner, list.id, "Archived", { milestone_id: ms.id }).then((card) =>
      api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { archived: true } }),
    );
    expect(a.milestone_id).toBe(ms.id);
    const entry = await api("POST", "/v1/time_entries", {
      as: owner,
      body: { card_id: b.id, started_at: "2026-01-01T10:00:00Z", ended_at: "2026-01-01T11:30:00Z" },
    });
    expect(entry.status).toBe(201);
    await api("POST", "/v1/time_entries", {
      as: owner,
      body: { card_id: c.id, started_at: "2026-01-01T10:00:00Z", ended_at: "2026-01-01T11:00:00Z" },
    });
    const got = (await api("GET", `/v1/milestones/${ms.id}`, { as: owner })).body;
    expect(got.progress).toEqual({ cards_total: 2, cards_done: 1, time_logged_seconds: 5400 });
    const moved = await api("PATCH", `/v1/cards/${c.id}`, { as: owner, body: { milestone_id: ms.id, completed: true } });
    expect(moved.body.milestone_id).toBe(ms.id);
    const after = (await api("GET", `/v1/milestones?board_id=${board.id}`, { as: owner })).body.items[0];
    expect(after.progress).toEqual({ cards_total: 3, cards_done: 2, time_logged_seconds: 9000 });
    const filtered = await api("GET", `/v1/cards?milestone_id=${ms.id}`, { as: owner });
    expect(filtered.body.items.map((x: { id: string }) => x.id).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it("moves cards in and out with card.updated changes.milestone_id; deleting the milestone takes its cards out", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const ms = await makeMilestone(board.id);
    const card = await makeCard(owner, list.id, "In and out");
    const start = (await eventsOf(board.id)).length;
    const into = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { milestone_id: ms.id } });
    expect(into.status).toBe(200);
    const out = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { milestone_id: null } });
    expect(out.body.milestone_id).toBeNull();
    await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { milestone_id: ms.id } });
    expect((await api("DELETE", `/v1/milestones/${ms.id}`, { as: owner })).status).toBe(204);
    const gone = (await api("GET", `/v1/cards/${card.id}`, { as: owner })).body;
    expect(gone.milestone_id).toBeNull();
    const recorded = (await eventsOf(board.id)).slice(start);
    expect(recorded.map((e) => e.type)).toEqual(["card.updated", "card.updated", "card.updated", "milestone.deleted", "card.updated"]);
    expect(recorded[0]).toMatchObject({ data: into.body, changes: { milestone_id: { from: null, to: ms.id } } });
    expect(recorded[1].changes).toEqual({ milestone_id: { from: ms.id, to: null } });
    expect(recorded[4]).toMatchObject({ data: gone, changes: { milestone_id: { from: ms.id, to: null } } });
  });

  it("refuses a milestone of another board or workspace (400 naming milestone_id), changing nothing", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const card = await makeCard(owner, list.id);
    const elsewhere = await makeMilestone((await makeBoard(owner)).id);
    const before = await snapshotContent();
    for (const [method, path, body] of [
      ["PATCH", `/v1/cards/${card.id}`, { milestone_id: elsewhere.id }],
      ["POST", "/v1/cards", { list_id: list.id, title: "x", milestone_id: elsewhere.id }],
      ["PATCH", `/v1/cards/${card.id}`, { milestone_id: "ms_00000000000000000000000000" }],
      ["PATCH", `/v1/cards/${card.id}`, { milestone_id: "card_00000000000000000000000000" }],
    ] as const) {
      const res = await api(method, path, { as: owner, body });
      expect(res.status, path).toBe(400);
      expect(res.body.details[0].field).toBe("milestone_id");
    }
    const bad = await api("POST", "/v1/milestones", { as: owner, body: { board_id: board.id, name: "", status: "closed" } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(["name", "status"]);
    expect(await snapshotContent()).toEqual(before);
  });

  it("keeps workspaces apart and lets viewers read only", async () => {
    const stranger = await createUser();
    const board = await makeBoard(owner);
    const ms = await makeMilestone(board.id);
    for (const [method, body] of [["GET"], ["PATCH", { name: "x" }], ["DELETE"]] as const) {
      expect((await api(method, `/v1/milestones/${ms.id}`, { as: stranger, body })).status, method).toBe(404);
    }
    expect((await api("GET", `/v1/milestones?board_id=${board.id}`, { as: stranger })).body.items).toEqual([]);
    expect((await api("POST", "/v1/milestones", { as: stranger, body: { board_id: board.id, name: "x" } })).status).toBe(404);
    const viewer = await createMember(owner.workspaceId, "viewer");
    expect((await api("GET", `/v1/milestones/${ms.id}`, { as: viewer })).status).toBe(200);
    expect((await api("PATCH", `/v1/milestones/${ms.id}`, { as: viewer, body: { name: "x" } })).status).toBe(403);
  });

  it("delivers milestone.created, updated, completed and deleted and the card's card.updated to a webhook", async () => {
    const user = await createUser();
    const board = await makeBoard(user);
    const list = await makeList(user, board.id);
    const card = await makeCard(user, list.id);
    let ms: any;
    const bodies = await deliveries(
      user,
      ["milestone.created", "milestone.updated", "milestone.completed", "milestone.deleted", "card.updated"],
      6,
      async () => {
        ms = (await api("POST", "/v1/milestones", { as: user, body: { board_id: board.id, name: "M" } })).body;
        await api("PATCH", `/v1/cards/${card.id}`, { as: user, body: { milestone_id: ms.id } });
        await api("PATCH", `/v1/milestones/${ms.id}`, { as: user, body: { name: "M2" } });
        await api("PATCH", `/v1/milestones/${ms.id}`, { as: user, body: { status: "done" } });
        await api("DELETE", `/v1/milestones/${ms.id}`, { as: user });
      },
    );
    const got = bodies;
    const types = got.map((b) => b.event).sort();
    expect(types).toEqual([
      "card.updated",
      "card.updated",
      "milestone.completed",
      "milestone.created",
      "milestone.deleted",
      "milestone.updated",
    ]);
    const created = got.find((b) => b.event === "milestone.created");
    expect(created.data).toEqual(ms);
    expect(
      got
        .filter((b) => b.event === "card.updated")
        .map((b) => b.changes.milestone_id.to)
        .sort(),
    ).toEqual([ms.id, null].sort());
    expect(got.find((b) => b.event === "milestone.completed").data).toMatchObject({
      id: ms.id,
      status: "done",
      progress: { cards_total: 1 },
    });
  });
});
