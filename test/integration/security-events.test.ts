// The SIEM events of issue 13 that are not simply a mutation's event: board.accessed (at most once
// per member, board and hour, enforced by the database), auth.logout (next-auth's signOut event)
// and the per-assignee card.assigned / card.unassigned.
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { boardAccesses, events, memberships, users } from "@/db/schema";
import { getBoardSnapshot, SNAPSHOT_QUERIES } from "@/lib/boards/get-board-snapshot";
import { forgetBoardAccessClaims } from "@/lib/boards/record-board-access";
import { recordSignOut } from "@/lib/auth/record-sign-out";
import type { Ctx } from "@/lib/workspaces/context";
import { api } from "../support/api";
import { countQueries } from "../support/count-queries";
import { createMember, createUser, type TestUser } from "../support/factories";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-real-ip": "198.51.100.23" }) }));

async function eventsOf(type: string, workspaceId: string) {
  const db = await getDb();
  return db
    .select()
    .from(events)
    .where(and(eq(events.type, type), eq(events.workspaceId, workspaceId)))
    .orderBy(events.id);
}

async function newBoard(owner: TestUser, name = "Audited") {
  const res = await api("POST", "/v1/boards", { as: owner, body: { name } });
  expect(res.status).toBe(201);
  return res.body as { id: string; name: string };
}

const HOUR = 3600_000;

afterEach(() => {
  vi.useRealTimers();
});

describe("board.accessed", () => {
  it("is recorded once per member, board and hour, whether the board, its snapshot or a token reads it", async () => {
    const owner = await createUser();
    const board = await newBoard(owner);
    for (let i = 0; i < 3; i++) expect((await api("GET", `/v1/boards/${board.id}`, { as: owner })).status).toBe(200);
    expect((await api("GET", `/v1/boards/${board.id}/snapshot`, { as: owner })).status).toBe(200);
    const token = (await api("POST", "/v1/tokens", { as: owner, body: { name: "read", scope: "read" } })).body;
    expect((await api("GET", `/v1/boards/${board.id}`, { as: { token: token.token } })).status).toBe(200);

    const [accessed, ...more] = await eventsOf("board.accessed", owner.workspaceId);
    expect(more).toEqual([]);
    expect(accessed).toMatchObject({
      boardId: board.id,
      actorId: owner.id,
      actor: { id: owner.id, name: owner.name, email: owner.email },
      data: { id: board.id, name: board.name, access: { via: "session", token_id: null } },
    });

    // Another member opening it is their own access, by token this time.
    const viewer = await createMember(owner.workspaceId, "viewer");
    const theirs = (await api("POST", "/v1/tokens", { as: viewer, body: { name: "v", scope: "read" } })).body;
    expect((await api("GET", `/v1/boards/${board.id}/snapshot`, { as: { token: theirs.token } })).status).toBe(200);
    expect((await api("GET", `/v1/boards/${board.id}`, { as: viewer })).status).toBe(200);
    const both = await eventsOf("board.accessed", owner.workspaceId);
    expect(both).toHaveLength(2);
    expect(both[1]).toMatchObject({ actorId: viewer.id, data: { access: { via: "token", token_id: theirs.id } } });
  });

  it("is held by the database: another process (no memory of the claim) records nothing more that hour, the next hour once more", async () => {
    const owner = await createUser();
    const board = await newBoard(owner);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    expect((await api("GET", `/v1/boards/${board.id}`, { as: owner })).status).toBe(200);
    forgetBoardAccessClaims();
    // Concurrent first reads, as from several app instances: one wins.
    await Promise.all(Array.from({ length: 5 }, () => api("GET", `/v1/boards/${board.id}/snapshot`, { as: owner })));
    expect(await eventsOf("board.accessed", owner.workspaceId)).toHaveLength(1);

    vi.setSystemTime(Date.now() + HOUR);
    forgetBoardAccessClaims();
    const results = await Promise.all(Array.from({ length: 5 }, () => api("GET", `/v1/boards/${board.id}`, { as: owner })));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await eventsOf("board.accessed", owner.workspaceId)).toHaveLength(2);
    // One row per member and board, moved forward: the table does not grow with time.
    const db = await getDb();
    const rows = await db.select().from(boardAccesses).where(eq(boardAccesses.boardId, board.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].hour.getTime() % HOUR).toBe(0);
  });

  it("costs one statement beside the snapshot's queries, and none once this process claimed the hour", async () => {
    const owner = await createUser();
    const board = await newBoard(owner);
    const ctx: Ctx = {
      db: await getDb(),
      caller: {
        user: { id: owner.id, name: owner.name, email: owner.email },
        workspaceId: owner.workspaceId,
        role: "owner",
        via: "session",
      },
    };
    await getBoardSnapshot({ ctx, id: board.id }); // the hour's first read records the event
    forgetBoardAccessClaims();
    expect((await countQueries(() => getBoardSnapshot({ ctx, id: board.id }))).queries).toBe(SNAPSHOT_QUERIES + 1);
    expect((await countQueries(() => getBoardSnapshot({ ctx, id: board.id }))).queries).toBe(SNAPSHOT_QUERIES);
    expect(await eventsOf("board.accessed", owner.workspaceId)).toHaveLength(1);
  });

  it("is not recorded for a board the caller cannot read", async () => {
    const owner = await createUser();
    const board = await newBoard(owner);
    const stranger = await createUser();
    expect((await api("GET", `/v1/boards/${board.id}`, { as: stranger })).status).toBe(404);
    expect((await api("GET", `/v1/boards/${board.id}/snapshot`, { as: stranger })).status).toBe(404);
    const elsewhere = await newBoard(owner, "Elsewhere");
    const restricted = (await api("POST", "/v1/tokens", { as: owner, body: { name: "one", scope: "read", board_ids: [elsewhere.id] } }))
      .body;
    expect((await api("GET", `/v1/boards/${board.id}`, { as: { token: restricted.token } })).status).toBe(403);
    expect((await api("GET", `/v1/boards/${board.id}/snapshot`, { as: { token: restricted.token } })).status).toBe(403);
    expect(await eventsOf("board.accessed", stranger.workspaceId)).toEqual([]);
    expect(await eventsOf("board.accessed", owner.workspaceId)).toEqual([]);
    const db = await getDb();
    expect(await db.select().from(boardAccesses).where(eq(boardAccesses.boardId, board.id))).toEqual([]);
  });
});

describe("auth.logout", () => {
  it("is recorded in each of the user's workspaces with the address of the request, like auth.login", async () => {
    const user = await createUser();
    const other = await createUser();
    const db = await getDb();
    await db.insert(memberships).values({ workspaceId: other.workspaceId, userId: user.id, role: "member" });
    await recordSignOut({ token: { sub: user.id } });
    for (const workspaceId of [user.workspaceId, other.workspaceId]) {
      const recorded = await eventsOf("auth.logout", workspaceId);
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatchObject({
        boardId: null,
        actor: { id: user.id, name: user.name, email: user.email },
        data: { user_id: user.id, email: user.email, ip: "198.51.100.23" },
      });
    }
  });

  it("records nothing for a cookie without a user, or whose account is gone", async () => {
    const user = await createUser();
    await recordSignOut({ token: null });
    await recordSignOut({ token: {} });
    await recordSignOut({ session: null });
    const db = await getDb();
    await db.delete(users).where(eq(users.id, user.id));
    await recordSignOut({ token: { sub: user.id } });
    expect(
      await db
        .select()
        .from(events)
        .where(and(eq(events.type, "auth.logout"), eq(events.actorId, user.id))),
    ).toEqual([]);
  });
});

describe("card.assigned / card.unassigned", () => {
  it("records one per assignee added or removed, beside one card.updated, with the assignee", async () => {
    const owner = await createUser();
    // One after another, so their ids (and assignee_ids, which are sorted) are in this order.
    const a = await createMember(owner.workspaceId, "member");
    const b = await createMember(owner.workspaceId, "member");
    const c = await createMember(owner.workspaceId, "viewer");
    const board = await newBoard(owner);
    const list = (await api("POST", "/v1/lists", { as: owner, body: { board_id: board.id, name: "Todo" } })).body;
    const card = (await api("POST", "/v1/cards", { as: owner, body: { list_id: list.id, title: "Assign me", assignee_ids: [a.id, b.id] } }))
      .body;
    const assigned = () => eventsOf("card.assigned", owner.workspaceId);
    const unassigned = () => eventsOf("card.unassigned", owner.workspaceId);
    expect((await assigned()).map((e) => e.data.assignee)).toEqual([
      { id: a.id, name: a.name, email: a.email },
      { id: b.id, name: b.name, email: b.email },
    ]);

    const updated = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { assignee_ids: [b.id, c.id] } });
    expect(updated.status).toBe(200);
    expect((await assigned()).map((e) => (e.data.assignee as { id: string }).id)).toEqual([a.id, b.id, c.id]);
    const [out] = await unassigned();
    expect(out).toMatchObject({
      boardId: board.id,
      actorId: owner.id,
      data: { ...updated.body, assignee: { id: a.id, name: a.name, email: a.email } },
    });
    expect(await eventsOf("card.updated", owner.workspaceId)).toHaveLength(1);

    // The same set again, or in another order, changes nothing.
    await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { assignee_ids: [c.id, b.id] } });
    expect(await assigned()).toHaveLength(3);
    expect(await unassigned()).toHaveLength(1);

    // Clearing removes each; leaving the workspace unassigns too.
    await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { assignee_ids: [b.id] } });
    expect((await unassigned()).map((e) => (e.data.assignee as { id: string }).id)).toEqual([a.id, c.id]);
    expect((await api("DELETE", `/v1/users/${b.id}`, { as: owner })).status).toBe(204);
    const last = (await unassigned()).at(-1)!;
    expect(last.data).toMatchObject({ id: card.id, assignee_ids: [], assignee: { id: b.id } });
    expect(await unassigned()).toHaveLength(3);
  });
});

describe("who sees board.accessed in GET /v1/events", () => {
  it("admins do; members and viewers, who see the board's other events, do not", async () => {
    const owner = await createUser();
    const board = await newBoard(owner);
    const member = await createMember(owner.workspaceId, "member");
    expect((await api("GET", `/v1/boards/${board.id}`, { as: member })).status).toBe(200);
    const types = async (as: TestUser) =>
      ((await api("GET", `/v1/events?board_id=${board.id}`, { as })).body.items as { type: string }[]).map((e) => e.type);
    expect(await types(owner)).toEqual(["board.accessed", "board.created"]);
    expect(await types(member)).toEqual(["board.created"]);
    expect((await api("GET", "/v1/events?type=board.accessed", { as: member })).body.items).toEqual([]);
  });
});
