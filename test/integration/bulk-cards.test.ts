import { describe, expect, it } from "vitest";
import { api } from "../support/api";
import { eventsOf, makeBoard, makeCard, makeList, makeTag, snapshotContent } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

const bulk = (as: TestUser | { token: string }, body: Record<string, unknown>) => api("POST", "/v1/cards/bulk", { as, body });

async function boardWith(owner: TestUser, n: number) {
  const board = await makeBoard(owner, "Bulk");
  const todo = await makeList(owner, board.id, "Todo");
  const done = await makeList(owner, board.id, "Done");
  const cards = [];
  for (let i = 0; i < n; i++) cards.push(await makeCard(owner, todo.id, `Card ${i}`));
  return { board, todo, done, cards, ids: cards.map((c) => c.id as string) };
}

const typesSince = async (boardId: string, from: number) => (await eventsOf(boardId)).slice(from).map((e) => e.type);

describe("POST /v1/cards/bulk", () => {
  it("moves cards to another list in the order named, each recording card.moved", async () => {
    const owner = await createUser();
    const { board, done, ids } = await boardWith(owner, 4);
    const from = (await eventsOf(board.id)).length;
    const res = await bulk(owner, { card_ids: [ids[2], ids[0]], action: "move", list_id: done.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ action: "move", count: 2 });
    expect(res.body.items.map((c: { id: string; list_id: string; position: number }) => [c.id, c.list_id, c.position])).toEqual([
      [ids[2], done.id, 0],
      [ids[0], done.id, 1],
    ]);
    expect(await typesSince(board.id, from)).toEqual(["card.moved", "card.moved"]);
  });

  it("sets, adds and removes tags and assignees, the due date and a custom field", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const { board, ids } = await boardWith(owner, 3);
    const [a, b] = [await makeTag(owner, board.id, "a"), await makeTag(owner, board.id, "b")];
    const estimate = (await api("POST", "/v1/xattr", { as: owner, body: { board_id: board.id, name: "Estimate", type: "number" } })).body;
    const due = "2026-12-31T12:00:00.000Z";
    const set = await bulk(owner, { card_ids: ids, action: "set", tag_ids: [a.id], due_at: due, fields: { [estimate.id]: 5 } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(
      set.body.items.every((c: { tag_ids: string[]; due_at: string; fields: object }) => c.tag_ids[0] === a.id && c.due_at === due),
    ).toBe(true);
    expect(set.body.items[0].fields).toEqual({ [estimate.id]: 5 });
    const added = await bulk(owner, { card_ids: ids.slice(0, 2), action: "add_tags", tag_ids: [b.id, a.id] });
    expect(added.body.items.map((c: { tag_ids: string[] }) => c.tag_ids.length)).toEqual([2, 2]);
    const removed = await bulk(owner, { card_ids: ids, action: "remove_tags", tag_ids: [a.id] });
    expect(removed.body.items.map((c: { tag_ids: string[] }) => c.tag_ids)).toEqual([[b.id], [b.id], []]);
    await bulk(owner, { card_ids: ids, action: "add_assignees", assignee_ids: [member.id, owner.id] });
    const unassigned = await bulk(owner, { card_ids: ids, action: "remove_assignees", assignee_ids: [owner.id] });
    expect(unassigned.body.items.every((c: { assignee_ids: string[] }) => c.assignee_ids.join() === member.id)).toBe(true);
    const events = (await eventsOf(board.id)).map((e) => e.type);
    expect(events.filter((t) => t === "tag.added")).toHaveLength(3 + 2);
    expect(events.filter((t) => t === "card.assigned")).toHaveLength(6);
    expect(events.filter((t) => t === "card.unassigned")).toHaveLength(3);
  });

  it("completes, reopens, archives, restores and deletes, with each card's own events", async () => {
    const owner = await createUser();
    const { board, ids } = await boardWith(owner, 3);
    let from = (await eventsOf(board.id)).length;
    expect((await bulk(owner, { card_ids: ids, action: "complete" })).body.items.every((c: { completed: boolean }) => c.completed)).toBe(
      true,
    );
    expect(await typesSince(board.id, from)).toEqual(["card.completed", "card.completed", "card.completed"]);
    expect((await bulk(owner, { card_ids: ids, action: "reopen" })).body.items.every((c: { completed: boolean }) => !c.completed)).toBe(
      true,
    );
    expect((await bulk(owner, { card_ids: ids, action: "archive" })).body.items.every((c: { archived: boolean }) => c.archived)).toBe(true);
    expect((await bulk(owner, { card_ids: ids, action: "restore" })).status).toBe(200);
    from = (await eventsOf(board.id)).length;
    const deleted = await bulk(owner, { card_ids: ids.slice(1), action: "delete" });
    expect(deleted.body).toEqual({ action: "delete", count: 2, items: [] });
    expect(await typesSince(board.id, from)).toEqual(["card.deleted", "card.deleted"]);
    expect((await api("GET", `/v1/cards/${ids[1]}`, { as: owner })).status).toBe(404);
    expect((await api("GET", `/v1/cards/${ids[0]}`, { as: owner })).status).toBe(200);
  });

  it("plans cards into a sprint and a milestone, each recording card.sprint_changed, and refuses another board's sprint naming the card", async () => {
    const owner = await createUser();
    const { board, ids } = await boardWith(owner, 3);
    const other = await boardWith(owner, 1);
    const sprint = (await api("POST", "/v1/sprints", { as: owner, body: { board_id: board.id, name: "Sprint 1" } })).body;
    const milestone = (await api("POST", "/v1/milestones", { as: owner, body: { board_id: board.id, name: "Beta" } })).body;
    const from = (await eventsOf(board.id)).length;
    const res = await bulk(owner, { card_ids: ids, action: "set", sprint_id: sprint.id, milestone_id: milestone.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(
      res.body.items.every(
        (c: { sprint_id: string; milestone_id: string }) => c.sprint_id === sprint.id && c.milestone_id === milestone.id,
      ),
    ).toBe(true);
    const recorded = (await eventsOf(board.id)).slice(from);
    expect(
      recorded.filter((e) => e.type === "card.sprint_changed").map((e) => (e.data as { previous_sprint_id: null }).previous_sprint_id),
    ).toEqual([null, null, null]);
    expect(recorded.filter((e) => e.type === "card.updated").every((e) => "milestone_id" in (e.changes ?? {}))).toBe(true);
    const before = await snapshotContent();
    const refused = await bulk(owner, { card_ids: [ids[0], other.ids[0]], action: "set", sprint_id: sprint.id });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain(`Card ${other.ids[0]}:`);
    expect(await snapshotContent()).toEqual(before);
    const backlog = await bulk(owner, { card_ids: ids, action: "set", sprint_id: null });
    expect(backlog.body.items.every((c: { sprint_id: string | null }) => c.sprint_id === null)).toBe(true);
  });

  it("selects every card matching a query", async () => {
    const owner = await createUser();
    const { board, ids } = await boardWith(owner, 5);
    await bulk(owner, { card_ids: ids.slice(0, 2), action: "complete" });
    const res = await bulk(owner, { query: "is:open", board_id: board.id, action: "archive" });
    expect(res.body.count).toBe(3);
    expect(res.body.items.map((c: { id: string }) => c.id).sort()).toEqual(ids.slice(2).sort());
  });

  it("is all or nothing: a refusal for one card half-way names it and changes nothing", async () => {
    const owner = await createUser();
    const { board, ids } = await boardWith(owner, 4);
    const other = await boardWith(owner, 1);
    const tag = await makeTag(owner, board.id, "x");
    const before = await snapshotContent();
    // The third card is on another board: its tag check fails after two cards were already changed.
    const res = await bulk(owner, { card_ids: [ids[0], ids[1], other.ids[0], ids[2]], action: "add_tags", tag_ids: [tag.id] });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(`Card ${other.ids[0]}:`);
    expect(await snapshotContent()).toEqual(before);
    // Here the due dates are written (one UPDATE) before the field values are checked card by
    // card; the other board's card has no such field, so the whole call is undone.
    const estimate = (await api("POST", "/v1/xattr", { as: owner, body: { board_id: board.id, name: "Estimate", type: "number" } })).body;
    const ready = await snapshotContent();
    const late = await bulk(owner, {
      card_ids: [ids[0], other.ids[0], ids[1]],
      action: "set",
      due_at: "2026-12-31T00:00:00Z",
      fields: { [estimate.id]: 3 },
    });
    expect(late.status).toBe(400);
    expect(late.body.message).toContain(`Card ${other.ids[0]}:`);
    expect(await snapshotContent()).toEqual(ready);
  });

  it("refuses cards the caller cannot write: another workspace's (404), a restricted token's other boards (403), viewers (403)", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const viewer = await createMember(owner.workspaceId, "viewer");
    const mine = await boardWith(owner, 2);
    const theirs = await boardWith(stranger, 1);
    const elsewhere = await boardWith(owner, 1);
    const token = (
      await api("POST", "/v1/tokens", { as: owner, body: { name: "one board", scope: "read_write", board_ids: [mine.board.id] } })
    ).body.token;
    const before = await snapshotContent();
    const foreign = await bulk(owner, { card_ids: [mine.ids[0], theirs.ids[0]], action: "complete" });
    expect(foreign.status).toBe(404);
    expect(foreign.body.message).toContain(theirs.ids[0]);
    const hidden = await bulk({ token }, { card_ids: [mine.ids[0], elsewhere.ids[0]], action: "complete" });
    expect(hidden.status).toBe(403);
    expect(hidden.body.message).toContain(elsewhere.ids[0]);
    expect((await bulk(viewer, { card_ids: mine.ids, action: "complete" })).status).toBe(403);
    expect(await snapshotContent()).toEqual(before);
  });

  it("takes at most 1000 cards, and one way of naming them", async () => {
    const owner = await createUser();
    const many = Array.from({ length: 1001 }, (_, i) => `card_${String(i).padStart(26, "0")}`);
    const tooMany = await bulk(owner, { card_ids: many, action: "complete" });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details[0]).toMatchObject({ field: "card_ids" });
    expect((await bulk(owner, { action: "complete" })).status).toBe(400);
    expect((await bulk(owner, { card_ids: [many[0]], query: "is:open", action: "complete" })).status).toBe(400);
    expect((await bulk(owner, { card_ids: [many[0]], action: "paint" })).status).toBe(400);
    expect((await bulk(owner, { card_ids: [many[0]], action: "move" })).status).toBe(400);
  });
});
