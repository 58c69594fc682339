import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { actorOf, cardsInOrder, eventsOf, makeBoard, makeCard, makeList, makeTag } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

let owner: TestUser;
let teammate: TestUser;

// These files make far more requests a minute than the per-IP budget allows one client.

beforeAll(async () => {
  owner = await createUser({ name: "Carla Cards" });
  teammate = await createMember(owner.workspaceId, "member");
});

const get = async (id: string) => (await api("GET", `/v1/cards/${id}`, { as: owner })).body;
const patch = async (id: string, body: Record<string, unknown>) => {
  const res = await api("PATCH", `/v1/cards/${id}`, { as: owner, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const cardEvents = async (boardId: string) => (await eventsOf(boardId)).filter((e) => /^(card|tag)\./.test(e.type));

describe("/v1/cards", () => {
  it("creates a card with every field and records card.created with what GET returns", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const tag = await makeTag(owner, board.id, "Bug", "#EF4444");
    const res = await api("POST", "/v1/cards", {
      as: owner,
      body: {
        list_id: list.id,
        title: "  Fix login  ",
        description: "**Steps**",
        due_at: "2026-05-01T12:00:00+02:00",
        assignee_ids: [teammate.id, owner.id],
        tag_ids: [tag.id],
      },
    });
    expect(res.status).toBe(201);
    const card = res.body;
    expect(card).toMatchObject({
      workspace_id: owner.workspaceId,
      board_id: board.id,
      list_id: list.id,
      title: "Fix login",
      description: "**Steps**",
      position: 0,
      due_at: "2026-05-01T10:00:00.000Z",
      completed: false,
      completed_at: null,
      archived: false,
      assignee_ids: [owner.id, teammate.id].sort(),
      tag_ids: [tag.id],
      created_by: owner.id,
    });
    expect(card.id).toMatch(/^card_[0-9a-z]{26}$/);
    expect(await get(card.id)).toEqual(card);
    const [event] = await cardEvents(board.id);
    expect(event).toMatchObject({ type: "card.created", actor: actorOf(owner), workspaceId: owner.workspaceId, data: card, changes: null });

    const done = await makeCard(owner, list.id, "Done already", { completed: true });
    expect(done.completed_at).toEqual(expect.any(String));
  });

  it("records the right event, with data equal to a later GET, for each kind of change", async () => {
    const board = await makeBoard(owner);
    const todo = await makeList(owner, board.id, "Todo");
    const doing = await makeList(owner, board.id, "Doing");
    const bug = await makeTag(owner, board.id, "bug");
    const ux = await makeTag(owner, board.id, "ux");
    const other = await makeCard(owner, todo.id, "Other");
    const card = await makeCard(owner, todo.id, "Write spec", { tag_ids: [bug.id] });
    expect(card.position).toBe(1);

    const steps: {
      body: Record<string, unknown>;
      types: string[];
      changes?: (before: any, after: any) => Record<string, unknown> | null;
    }[] = [
      {
        body: { title: "Write the spec", description: "v2" },
        types: ["card.updated"],
        changes: (b, a) => ({ title: { from: b.title, to: a.title }, description: { from: b.description, to: "v2" } }),
      },
      {
        body: { due_at: "2026-06-01T00:00:00Z", assignee_ids: [teammate.id] },
        types: ["card.updated", "card.assigned"],
        changes: () => ({ due_at: { from: null, to: "2026-06-01T00:00:00.000Z" }, assignee_ids: { from: [], to: [teammate.id] } }),
      },
      { body: { completed: true }, types: ["card.completed"], changes: () => null },
      {
        body: { completed: false },
        types: ["card.updated"],
        changes: (b) => ({ completed: { from: true, to: false }, completed_at: { from: b.completed_at, to: null } }),
      },
      { body: { position: 0 }, types: ["card.moved"], changes: () => ({ position: { from: 1, to: 0 } }) },
      { body: { list_id: doing.id }, types: ["card.moved"], changes: () => ({ list_id: { from: todo.id, to: doing.id } }) }, // index 0 in both lists: no position change
      { body: { tag_ids: [ux.id] }, types: ["tag.added", "tag.removed"], changes: () => null },
      { body: { archived: true }, types: ["card.archived"], changes: () => null },
      { body: { archived: false }, types: ["card.updated"], changes: () => ({ archived: { from: true, to: false } }) },
    ];
    for (const step of steps) {
      const before = await get(card.id);
      const already = (await cardEvents(board.id)).length;
      const after = await patch(card.id, step.body);
      expect(await get(card.id)).toEqual(after);
      const recorded = (await cardEvents(board.id)).slice(already);
      expect(
        recorded.map((e) => e.type),
        JSON.stringify(step.body),
      ).toEqual(step.types);
      for (const e of recorded) {
        expect(e.actor).toEqual(actorOf(owner));
        expect(e.boardId).toBe(board.id);
        const { tag, assignee, ...cardData } = e.data as Record<string, unknown>;
        expect(cardData).toEqual(after);
        if (e.type === "card.assigned") expect(assignee).toEqual({ id: teammate.id, name: teammate.name, email: teammate.email });
        else expect(assignee).toBeUndefined();
        if (e.type.startsWith("tag."))
          expect(tag).toEqual((await api("GET", `/v1/tags/${e.type === "tag.added" ? ux.id : bug.id}`, { as: owner })).body);
        else expect(tag).toBeUndefined();
      }
      if (step.changes) expect(recorded[0].changes, JSON.stringify(step.body)).toEqual(step.changes(before, after));
    }
    expect(await get(other.id)).toMatchObject({ list_id: todo.id, position: 0 });

    const last = await get(card.id);
    expect((await api("DELETE", `/v1/cards/${card.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/cards/${card.id}`, { as: owner })).status).toBe(404);
    const deleted = (await cardEvents(board.id)).at(-1)!;
    expect(deleted).toMatchObject({ type: "card.deleted", actor: actorOf(owner), data: last, changes: null });
  });

  it("records every event of a PATCH that changes several aspects at once", async () => {
    const board = await makeBoard(owner);
    const from = await makeList(owner, board.id, "From");
    const to = await makeList(owner, board.id, "To");
    await makeCard(owner, to.id, "Already there");
    const tag = await makeTag(owner, board.id, "multi");
    const card = await makeCard(owner, from.id, "Many things");
    const already = (await cardEvents(board.id)).length;
    const after = await patch(card.id, {
      list_id: to.id,
      position: 0,
      title: "Many things done",
      completed: true,
      archived: true,
      tag_ids: [tag.id],
    });
    const recorded = (await cardEvents(board.id)).slice(already);
    expect(recorded.map((e) => e.type)).toEqual(["card.moved", "card.updated", "card.completed", "card.archived", "tag.added"]);
    expect(recorded[0].changes).toEqual({ list_id: { from: from.id, to: to.id }, position: { from: 0, to: null } });
    expect(recorded[1].changes).toEqual({ title: { from: "Many things", to: "Many things done" } });
    for (const e of recorded) expect({ ...e.data, tag: undefined }).toEqual({ ...after, tag: undefined });
    expect(await get(card.id)).toEqual(after);
  });

  it("records nothing for a PATCH that changes nothing", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const card = await makeCard(owner, list.id, "Still", { assignee_ids: [owner.id] });
    const same = await patch(card.id, {
      title: "Still",
      position: 0,
      list_id: list.id,
      assignee_ids: [owner.id],
      tag_ids: [],
      completed: false,
    });
    expect(same).toEqual(card);
    expect((await cardEvents(board.id)).map((e) => e.type)).toEqual(["card.created", "card.assigned"]);
  });

  it("orders cards by position: insert anywhere, clamp to the end, skip archived cards, restore in place", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const a = await makeCard(owner, list.id, "A");
    const c = await makeCard(owner, list.id, "C");
    const b = await makeCard(owner, list.id, "B", { position: 1 });
    const first = await makeCard(owner, list.id, "First", { position: 0 });
    const last = await makeCard(owner, list.id, "Last", { position: 1000 });
    const titles = async () => (await cardsInOrder(owner, list.id)).map((x: any) => x.title);
    expect(await titles()).toEqual(["First", "A", "B", "C", "Last"]);
    expect((await cardsInOrder(owner, list.id)).map((x) => x.position)).toEqual([0, 1, 2, 3, 4]);

    await patch(b.id, { archived: true });
    expect(await titles()).toEqual(["First", "A", "C", "Last"]);
    expect((await get(b.id)).position).toBeNull();
    // Inserting where B used to sit must not collide with B's kept rank.
    await makeCard(owner, list.id, "New", { position: 2 });
    await patch(first.id, { position: 2 });
    expect(await titles()).toEqual(["A", "New", "First", "C", "Last"]);
    await patch(b.id, { archived: false });
    expect((await titles()).includes("B")).toBe(true);
    expect((await cardsInOrder(owner, list.id)).map((x) => x.position)).toEqual([0, 1, 2, 3, 4, 5]);
    await patch(last.id, { position: 0 });
    await patch(a.id, { position: 99 });
    expect((await titles())[0]).toBe("Last");
    expect((await titles()).at(-1)).toBe("A");
    expect(c.id).toBeTruthy();
  });

  it("refuses a move to another board's list (400) or another workspace's list (404)", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const otherBoard = await makeBoard(owner);
    const otherList = await makeList(owner, otherBoard.id);
    const stranger = await createUser();
    const strangerList = await makeList(stranger, (await makeBoard(stranger)).id);
    const card = await makeCard(owner, list.id);
    const cross = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { list_id: otherList.id } });
    expect(cross.status).toBe(400);
    expect(cross.body.details).toEqual([expect.objectContaining({ field: "list_id" })]);
    expect((await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { list_id: strangerList.id } })).status).toBe(404);
    expect(await get(card.id)).toEqual(card);
  });

  it("filters by board, list, assignee, tag, completed, archived, due dates and updated_since, and paginates", async () => {
    const user = await createUser();
    const mate = await createMember(user.workspaceId, "member");
    const board = await makeBoard(user);
    const other = await makeBoard(user);
    const l1 = await makeList(user, board.id);
    const l2 = await makeList(user, board.id);
    const lo = await makeList(user, other.id);
    const tag = await makeTag(user, board.id, "hot");
    const c1 = await makeCard(user, l1.id, "c1", { due_at: "2026-01-10T00:00:00Z", assignee_ids: [mate.id] });
    const c2 = await makeCard(user, l1.id, "c2", { due_at: "2026-02-10T00:00:00Z", tag_ids: [tag.id], completed: true });
    const c3 = await makeCard(user, l2.id, "c3");
    const c4 = await makeCard(user, lo.id, "c4");
    const c5 = await makeCard(user, l2.id, "c5");
    await api("PATCH", `/v1/cards/${c5.id}`, { as: user, body: { archived: true } });
    const ids = async (query: string) => {
      const res = await api("GET", `/v1/cards?${query}`, { as: user });
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(200);
      return res.body.items.map((c: { id: string }) => c.id);
    };
    expect(await ids("")).toEqual([c4.id, c3.id, c2.id, c1.id]);
    expect(await ids(`board_id=${board.id}`)).toEqual([c3.id, c2.id, c1.id]);
    expect(await ids(`list_id=${l1.id}`)).toEqual([c2.id, c1.id]);
    expect(await ids(`assignee_id=${mate.id}`)).toEqual([c1.id]);
    expect(await ids(`tag_id=${tag.id}`)).toEqual([c2.id]);
    expect(await ids("completed=true")).toEqual([c2.id]);
    expect(await ids("completed=false")).toEqual([c4.id, c3.id, c1.id]);
    expect(await ids("archived=true")).toEqual([c5.id]);
    expect(await ids("due_before=2026-02-01T00:00:00Z")).toEqual([c1.id]);
    expect(await ids("due_after=2026-02-01T00:00:00Z")).toEqual([c2.id]);
    expect(await ids(`due_after=2026-01-01T00:00:00Z&due_before=2026-03-01T00:00:00Z&board_id=${board.id}`)).toEqual([c2.id, c1.id]);
    const since = new Date().toISOString();
    await api("PATCH", `/v1/cards/${c3.id}`, { as: user, body: { title: "c3 later" } });
    expect(await ids(`updated_since=${encodeURIComponent(since)}`)).toEqual([c3.id]);

    const first = await api("GET", "/v1/cards?limit=3", { as: user });
    expect(first.body.items).toHaveLength(3);
    await makeCard(user, l1.id, "late");
    const second = await api("GET", `/v1/cards?limit=3&cursor=${first.body.next_cursor}`, { as: user });
    expect(second.body.items.map((c: { id: string }) => c.id)).toEqual([c1.id]);
    expect(second.body.next_cursor).toBeNull();
    // Items of a list page carry the same JSON as GET /v1/cards/{id}.
    expect(first.body.items[0]).toEqual((await api("GET", `/v1/cards/${first.body.items[0].id}`, { as: user })).body);
  });

  it("refuses assignees who are not workspace members and tags of another board", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const foreignTag = await makeTag(owner, (await makeBoard(owner)).id, "elsewhere");
    const stranger = await createUser();
    const card = await makeCard(owner, list.id);
    for (const body of [{ assignee_ids: [stranger.id] }, { tag_ids: [foreignTag.id] }]) {
      const res = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body });
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe(Object.keys(body)[0]);
      const made = await api("POST", "/v1/cards", { as: owner, body: { list_id: list.id, title: "x", ...body } });
      expect(made.status).toBe(400);
    }
    expect(await get(card.id)).toEqual(card);
  });

  it("keeps workspaces apart: another workspace's card is 404 for every verb", async () => {
    const stranger = await createUser();
    const list = await makeList(owner, (await makeBoard(owner)).id);
    const card = await makeCard(owner, list.id, "Private");
    for (const [method, body] of [["GET"], ["PATCH", { title: "x" }], ["DELETE"]] as const) {
      const res = await api(method, `/v1/cards/${card.id}`, { as: stranger, body });
      expect(res.status, method).toBe(404);
      expect(res.body.error).toBe("not_found");
    }
    expect((await api("GET", `/v1/cards?list_id=${list.id}`, { as: stranger })).body.items).toEqual([]);
    expect((await api("POST", "/v1/cards", { as: stranger, body: { list_id: list.id, title: "x" } })).status).toBe(404);
    expect(await get(card.id)).toEqual(card);
  });
});
