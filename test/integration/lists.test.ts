import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { actorOf, eventsOf, makeBoard, makeCard, makeList } from "../support/board-content";
import { createUser, type TestUser } from "../support/factories";

let owner: TestUser;

// These files make far more requests a minute than the per-IP budget allows one client.

beforeAll(async () => {
  owner = await createUser({ name: "Lena Lists" });
});

const names = async (boardId: string) => {
  const res = await api("GET", `/v1/lists?board_id=${boardId}&archived=false`, { as: owner });
  return [...res.body.items].sort((a, b) => a.position - b.position).map((l: { name: string }) => l.name);
};

describe("/v1/lists", () => {
  it("creates, gets, renames, reorders, archives, restores and deletes a list, recording each event", async () => {
    const board = await makeBoard(owner, "Lists board");
    const created = await api("POST", "/v1/lists", { as: owner, body: { board_id: board.id, name: "Todo" } });
    expect(created.status).toBe(201);
    const todo = created.body;
    expect(todo).toMatchObject({
      board_id: board.id,
      workspace_id: owner.workspaceId,
      name: "Todo",
      position: 0,
      archived: false,
      created_by: owner.id,
    });
    expect(todo.id).toMatch(/^list_[0-9a-z]{26}$/);
    expect((await api("GET", `/v1/lists/${todo.id}`, { as: owner })).body).toEqual(todo);

    const doing = await makeList(owner, board.id, "Doing");
    const done = await makeList(owner, board.id, "Done");
    expect([doing.position, done.position]).toEqual([1, 2]);
    const first = await makeList(owner, board.id, "First", { position: 0 });
    expect(first.position).toBe(0);
    expect(await names(board.id)).toEqual(["First", "Todo", "Doing", "Done"]);

    const renamed = await api("PATCH", `/v1/lists/${todo.id}`, { as: owner, body: { name: "To do" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "To do", position: 1 });

    const moved = await api("PATCH", `/v1/lists/${first.id}`, { as: owner, body: { position: 99 } });
    expect(moved.body.position).toBe(3);
    expect(await names(board.id)).toEqual(["To do", "Doing", "Done", "First"]);

    const archived = await api("PATCH", `/v1/lists/${doing.id}`, { as: owner, body: { archived: true } });
    expect(archived.body).toMatchObject({ archived: true, position: null });
    expect(await names(board.id)).toEqual(["To do", "Done", "First"]);
    const archivedOnly = await api("GET", `/v1/lists?board_id=${board.id}&archived=true`, { as: owner });
    expect(archivedOnly.body.items.map((l: { id: string }) => l.id)).toEqual([doing.id]);
    const restored = await api("PATCH", `/v1/lists/${doing.id}`, { as: owner, body: { archived: false } });
    expect(restored.body).toMatchObject({ archived: false, position: 1 });

    const card = await makeCard(owner, done.id, "Ship it");
    expect((await api("DELETE", `/v1/lists/${done.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/lists/${done.id}`, { as: owner })).status).toBe(404);
    expect((await api("GET", `/v1/cards/${card.id}`, { as: owner })).status).toBe(404);

    const recorded = await eventsOf(board.id);
    const listEvents = recorded.filter((e) => e.type.startsWith("list."));
    expect(listEvents.map((e) => e.type)).toEqual([
      "list.created",
      "list.created",
      "list.created",
      "list.created",
      "list.updated",
      "list.updated",
      "list.updated",
      "list.updated",
      "list.deleted",
    ]);
    for (const e of listEvents) expect(e).toMatchObject({ actor: actorOf(owner), workspaceId: owner.workspaceId, boardId: board.id });
    expect(listEvents[0]).toMatchObject({ data: todo, changes: null });
    expect(listEvents[4]).toMatchObject({ data: renamed.body, changes: { name: { from: "Todo", to: "To do" } } });
    expect(listEvents[5]).toMatchObject({ data: moved.body, changes: { position: { from: 0, to: 3 } } });
    expect(listEvents[6].changes).toEqual({ archived: { from: false, to: true }, position: { from: 1, to: null } });
    expect(listEvents[6].data).toEqual(archived.body);
    expect(listEvents[7].data).toEqual(restored.body);
    expect(listEvents[8].data).toMatchObject({ id: done.id, name: "Done" });
  });

  it("records no event when nothing changed", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id, "Same");
    const res = await api("PATCH", `/v1/lists/${list.id}`, { as: owner, body: { name: "Same", position: 0 } });
    expect(res.body).toEqual(list);
    expect((await eventsOf(board.id)).map((e) => e.type)).toEqual(["board.created", "list.created"]);
  });

  it("deleting the board deletes its lists and cards", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const card = await makeCard(owner, list.id);
    expect((await api("DELETE", `/v1/boards/${board.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/lists/${list.id}`, { as: owner })).status).toBe(404);
    expect((await api("GET", `/v1/cards/${card.id}`, { as: owner })).status).toBe(404);
  });

  it("paginates a board's lists with a stable cursor and keeps workspaces apart", async () => {
    const board = await makeBoard(owner);
    for (let i = 0; i < 5; i++) await makeList(owner, board.id, `L${i}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { name: string }[]; next_cursor: string | null } } = await api(
        "GET",
        `/v1/lists?board_id=${board.id}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        { as: owner },
      );
      seen.push(...res.body.items.map((l) => l.name));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(["L4", "L3", "L2", "L1", "L0"]);

    const stranger = await createUser();
    expect((await api("GET", `/v1/lists?board_id=${board.id}`, { as: stranger })).body.items).toEqual([]);
    const list = (await api("GET", `/v1/lists?board_id=${board.id}&limit=1`, { as: owner })).body.items[0];
    for (const [method, body] of [["GET"], ["PATCH", { name: "x" }], ["DELETE"]] as const) {
      const res = await api(method, `/v1/lists/${list.id}`, { as: stranger, body });
      expect(res.status, method).toBe(404);
    }
    const foreign = await api("POST", "/v1/lists", { as: stranger, body: { board_id: board.id, name: "x" } });
    expect(foreign.status).toBe(404);
  });
});
