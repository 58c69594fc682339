import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import { api } from "../support/api";
import { createUser, type TestUser } from "../support/factories";

let owner: TestUser;

beforeAll(async () => {
  owner = await createUser({ name: "Alice Owner" });
});

async function eventsOf(boardId: string) {
  const db = await getDb();
  return db.select().from(events).where(eq(events.boardId, boardId)).orderBy(events.id);
}

describe("/v1/boards", () => {
  it("creates, lists, gets, updates and deletes a board, recording each event", async () => {
    const created = await api("POST", "/v1/boards", { as: owner, body: { name: "Launch", description: "Q3 launch" } });
    expect(created.status).toBe(201);
    expect(created.headers.get("x-request-id")).toMatch(/[0-9a-f-]{36}/);
    const board = created.body;
    expect(board).toMatchObject({
      name: "Launch",
      description: "Q3 launch",
      active: true,
      workspace_id: owner.workspaceId,
      created_by: owner.id,
    });
    expect(board.id).toMatch(/^board_[0-9a-z]{26}$/);

    const listed = await api("GET", "/v1/boards", { as: owner });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((b: { id: string }) => b.id)).toContain(board.id);
    expect(listed.body.next_cursor).toBeNull();

    expect((await api("GET", `/v1/boards/${board.id}`, { as: owner })).body).toEqual(board);

    const updated = await api("PATCH", `/v1/boards/${board.id}`, { as: owner, body: { name: "Launch v2", active: false } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: "Launch v2", active: false });

    expect((await api("DELETE", `/v1/boards/${board.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/boards/${board.id}`, { as: owner })).status).toBe(404);

    const recorded = await eventsOf(board.id);
    // The GET is the owner opening the board: board.accessed (once an hour, see security-events.test.ts).
    expect(recorded.map((e) => e.type)).toEqual(["board.created", "board.accessed", "board.updated", "board.deleted"]);
    const actor = { id: owner.id, name: owner.name, email: owner.email };
    expect(recorded[0]).toMatchObject({ actor, data: board, changes: null, workspaceId: owner.workspaceId });
    expect(recorded[1]).toMatchObject({ actor, data: { ...board, access: { via: "session", token_id: null } }, changes: null });
    expect(recorded[2].changes).toEqual({ name: { from: "Launch", to: "Launch v2" }, active: { from: true, to: false } });
    expect(recorded[2].data).toEqual(updated.body);
    expect(recorded[3].data).toEqual(updated.body);
  });

  it("does not record an update event when nothing changed", async () => {
    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Same" } })).body;
    await api("PATCH", `/v1/boards/${board.id}`, { as: owner, body: { name: "Same" } });
    expect((await eventsOf(board.id)).map((e) => e.type)).toEqual(["board.created"]);
  });

  it("filters by active and paginates with a stable cursor", async () => {
    const user = await createUser();
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await api("POST", "/v1/boards", { as: user, body: { name: `B${i}` } })).body);
    await api("PATCH", `/v1/boards/${made[0].id}`, { as: user, body: { active: false } });

    const first = await api("GET", "/v1/boards?limit=2", { as: user });
    expect(first.body.items.map((b: { name: string }) => b.name)).toEqual(["B4", "B3"]);
    // A board created between pages must not shift the next page.
    await api("POST", "/v1/boards", { as: user, body: { name: "late" } });
    const second = await api("GET", `/v1/boards?limit=2&cursor=${first.body.next_cursor}`, { as: user });
    expect(second.body.items.map((b: { name: string }) => b.name)).toEqual(["B2", "B1"]);
    const third = await api("GET", `/v1/boards?limit=2&cursor=${second.body.next_cursor}`, { as: user });
    expect(third.body.items.map((b: { name: string }) => b.name)).toEqual(["B0"]);
    expect(third.body.next_cursor).toBeNull();

    const archived = await api("GET", "/v1/boards?active=false", { as: user });
    expect(archived.body.items.map((b: { name: string }) => b.name)).toEqual(["B0"]);
  });

  it("keeps workspaces apart: another workspace's board is 404 for every verb", async () => {
    const stranger = await createUser();
    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Private" } })).body;
    for (const [method, body] of [["GET"], ["PATCH", { name: "x" }], ["DELETE"]] as const) {
      const res = await api(method, `/v1/boards/${board.id}`, { as: stranger, body });
      expect(res.status, method).toBe(404);
      expect(res.body.error).toBe("not_found");
    }
    const list = await api("GET", "/v1/boards", { as: stranger });
    expect(list.body.items).toEqual([]);
    expect((await api("GET", `/v1/boards/${board.id}`, { as: owner })).body.name).toBe("Private");
  });
});
