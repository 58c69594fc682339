import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { events, timeEntries } from "@/db/schema";
import { listTimeEntries } from "@/lib/time-entries/list-time-entries";
import type { Ctx } from "@/lib/workspaces/context";
import { api, type As } from "../support/api";
import { insertCard } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

const createCard = insertCard;

async function timeEvents(workspaceId: string) {
  const db = await getDb();
  return (await db.select().from(events).where(eq(events.workspaceId, workspaceId)).orderBy(events.id)).filter((e) =>
    e.type.startsWith("time_entry."),
  );
}

const actorOf = (u: TestUser) => ({ id: u.id, name: u.name, email: u.email });
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
const ids = (page: { items: { id: string }[] }) => page.items.map((e) => e.id);

describe("timers", () => {
  it("starts and stops a timer; a second start is 409 naming the running entry", async () => {
    const owner = await createUser({ name: "Tim Timer" });
    const card = await createCard(owner);
    const other = await createCard(owner);

    const started = await api("POST", "/v1/time_entries/start", { as: owner, body: { card_id: card.id, note: "deep work" } });
    expect(started.status).toBe(201);
    const entry = started.body;
    expect(entry).toEqual({
      id: expect.stringMatching(/^te_[0-9a-z]{26}$/),
      card_id: card.id,
      user_id: owner.id,
      user: { id: owner.id, name: owner.name },
      started_at: expect.any(String),
      ended_at: null,
      duration_seconds: null,
      note: "deep work",
      billable: false,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(Math.abs(Date.parse(entry.started_at) - Date.now())).toBeLessThan(60_000);

    const second = await api("POST", "/v1/time_entries/start", { as: owner, body: { card_id: other.id } });
    expect(second.status).toBe(409);
    expect(second.body.error).toBe("conflict");
    expect(second.body.message).toContain(entry.id);

    expect((await api("GET", "/v1/time_entries?running=true", { as: owner })).body.items).toEqual([entry]);
    const stopped = await api("POST", `/v1/time_entries/${entry.id}/stop`, { as: owner });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ id: entry.id, ended_at: expect.any(String), duration_seconds: expect.any(Number) });
    expect(stopped.body.duration_seconds).toBeGreaterThanOrEqual(0);
    expect((await api("GET", `/v1/time_entries/${entry.id}`, { as: owner })).body).toEqual(stopped.body);
    const again = await api("POST", `/v1/time_entries/${entry.id}/stop`, { as: owner });
    expect(again.status).toBe(409);

    // After stopping, a new timer may start; /stop without an id stops it.
    const next = (await api("POST", "/v1/time_entries/start", { as: owner, body: { card_id: other.id } })).body;
    const stoppedMine = await api("POST", "/v1/time_entries/stop", { as: owner });
    expect(stoppedMine.status).toBe(200);
    expect(stoppedMine.body).toMatchObject({ id: next.id, card_id: other.id, ended_at: expect.any(String) });
    expect((await api("POST", "/v1/time_entries/stop", { as: owner })).status).toBe(404);

    const recorded = await timeEvents(owner.workspaceId);
    expect(recorded.map((e) => e.type)).toEqual(["time_entry.started", "time_entry.stopped", "time_entry.started", "time_entry.stopped"]);
    expect(recorded[0]).toMatchObject({ actor: actorOf(owner), boardId: card.boardId, data: entry, changes: null });
    expect(recorded[1]).toMatchObject({ actor: actorOf(owner), boardId: card.boardId, data: stopped.body, changes: null });
    expect(recorded[2]).toMatchObject({ boardId: other.boardId, data: next });
    expect(recorded[3].data).toEqual(stoppedMine.body);
  });

  it("racing starts leave one running timer and answer the rest 409", async () => {
    const owner = await createUser();
    const card = await createCard(owner);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => api("POST", "/v1/time_entries/start", { as: owner, body: { card_id: card.id } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const winner = results.find((r) => r.status === 201)!.body;
    for (const r of results.filter((r) => r.status === 409)) expect(r.body.message).toContain(winner.id);
    const db = await getDb();
    expect(await db.select().from(timeEntries).where(eq(timeEntries.userId, owner.id))).toHaveLength(1);
  });

  it("the one-timer rule is per user: two people time the same card at once", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const card = await createCard(owner);
    expect((await api("POST", "/v1/time_entries/start", { as: owner, body: { card_id: card.id } })).status).toBe(201);
    expect((await api("POST", "/v1/time_entries/start", { as: member, body: { card_id: card.id } })).status).toBe(201);
    // A member cannot stop someone else's timer; an admin/owner can.
    const mine = (await api("GET", `/v1/time_entries?running=true&user_id=${owner.id}`, { as: member })).body.items[0];
    const denied = await api("POST", `/v1/time_entries/${mine.id}/stop`, { as: member });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toMatch(/own user or an admin or owner/);
    const theirs = (await api("GET", `/v1/time_entries?running=true&user_id=${member.id}`, { as: owner })).body.items[0];
    expect((await api("POST", `/v1/time_entries/${theirs.id}/stop`, { as: owner })).status).toBe(200);
  });
});

describe("manual entries", () => {
  it("creates with ended_at or duration_seconds, edits with changes, deletes with the last state", async () => {
    const owner = await createUser({ name: "Mona Manual" });
    const card = await createCard(owner);
    const other = await createCard(owner);
    const start = "2026-01-05T09:00:00.000Z";

    const byEnd = await api("POST", "/v1/time_entries", {
      as: owner,
      body: { card_id: card.id, started_at: start, ended_at: "2026-01-05T10:30:00Z", note: "review" },
    });
    expect(byEnd.status).toBe(201);
    expect(byEnd.body).toMatchObject({
      card_id: card.id,
      user_id: owner.id,
      started_at: start,
      ended_at: "2026-01-05T10:30:00.000Z",
      duration_seconds: 5400,
      note: "review",
    });
    const byDuration = await api("POST", "/v1/time_entries", {
      as: owner,
      body: { card_id: card.id, started_at: "2026-01-05T13:00:00+02:00", duration_seconds: 900 },
    });
    expect(byDuration.body).toMatchObject({
      started_at: "2026-01-05T11:00:00.000Z",
      ended_at: "2026-01-05T11:15:00.000Z",
      duration_seconds: 900,
      note: "",
    });

    const edited = await api("PATCH", `/v1/time_entries/${byEnd.body.id}`, {
      as: owner,
      body: { duration_seconds: 3600, note: "review, shorter", card_id: other.id },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      card_id: other.id,
      started_at: start,
      ended_at: "2026-01-05T10:00:00.000Z",
      duration_seconds: 3600,
      note: "review, shorter",
    });
    expect((await api("GET", `/v1/time_entries/${byEnd.body.id}`, { as: owner })).body).toEqual(edited.body);
    // Nothing changed → no event.
    expect((await api("PATCH", `/v1/time_entries/${byEnd.body.id}`, { as: owner, body: { note: "review, shorter" } })).body).toEqual(
      edited.body,
    );

    expect((await api("DELETE", `/v1/time_entries/${byDuration.body.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/time_entries/${byDuration.body.id}`, { as: owner })).status).toBe(404);

    const recorded = await timeEvents(owner.workspaceId);
    expect(recorded.map((e) => e.type)).toEqual(["time_entry.created", "time_entry.created", "time_entry.updated", "time_entry.deleted"]);
    for (const e of recorded) expect(e.actor).toEqual(actorOf(owner));
    expect(recorded[0]).toMatchObject({ data: byEnd.body, boardId: card.boardId, changes: null });
    expect(recorded[1]).toMatchObject({ data: byDuration.body, changes: null });
    expect(recorded[2]).toMatchObject({ data: edited.body, boardId: other.boardId });
    expect(recorded[2].changes).toEqual({
      card_id: { from: card.id, to: other.id },
      ended_at: { from: "2026-01-05T10:30:00.000Z", to: "2026-01-05T10:00:00.000Z" },
      duration_seconds: { from: 5400, to: 3600 },
      note: { from: "review", to: "review, shorter" },
    });
    expect(recorded[3]).toMatchObject({ data: byDuration.body, changes: null });
  });

  it("a running entry's note and start can be corrected, its end only by stopping", async () => {
    const owner = await createUser();
    const card = await createCard(owner);
    const entry = (await api("POST", "/v1/time_entries/start", { as: owner, body: { card_id: card.id } })).body;
    const earlier = hoursAgo(1);
    const moved = await api("PATCH", `/v1/time_entries/${entry.id}`, { as: owner, body: { started_at: earlier, note: "forgot to start" } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ started_at: earlier, ended_at: null, note: "forgot to start" });
    const ended = await api("PATCH", `/v1/time_entries/${entry.id}`, { as: owner, body: { ended_at: hoursAgo(0.5) } });
    expect(ended.status).toBe(409);
    expect(ended.body.message).toMatch(/still running/);
    const stopped = (await api("POST", "/v1/time_entries/stop", { as: owner })).body;
    expect(stopped.duration_seconds).toBeGreaterThanOrEqual(3599);
  });
});

describe("filters and totals", () => {
  let owner: TestUser;
  let member: TestUser;
  let a: { id: string; boardId: string };
  let b: { id: string; boardId: string };
  let c: { id: string; boardId: string };
  const made: Record<string, string> = {};

  beforeAll(async () => {
    owner = await createUser();
    member = await createMember(owner.workspaceId, "member");
    a = await createCard(owner);
    b = await createCard(owner, a.boardId);
    c = await createCard(owner);
    const add = async (key: string, as: TestUser, cardId: string, started_at: string, duration_seconds: number) => {
      made[key] = (await api("POST", "/v1/time_entries", { as, body: { card_id: cardId, started_at, duration_seconds } })).body.id;
    };
    await add("a1", owner, a.id, "2026-03-01T09:00:00Z", 3600);
    await add("a2", member, a.id, "2026-03-02T09:00:00Z", 1800);
    await add("b1", owner, b.id, "2026-03-02T23:30:00Z", 600);
    await add("c1", member, c.id, "2026-03-03T00:00:00Z", 60);
    made.run = (await api("POST", "/v1/time_entries/start", { as: owner, body: { card_id: c.id } })).body.id;
  });

  const cases = [
    { name: "all, newest first", query: "", expected: ["run", "c1", "b1", "a2", "a1"] },
    { name: "by board", query: () => `board_id=${a.boardId}`, expected: ["b1", "a2", "a1"] },
    { name: "by card", query: () => `card_id=${a.id}`, expected: ["a2", "a1"] },
    { name: "by user", query: () => `user_id=${member.id}`, expected: ["c1", "a2"] },
    { name: "from a date", query: "from=2026-03-02", expected: ["run", "c1", "b1", "a2"] },
    { name: "to a date (inclusive day)", query: "to=2026-03-02", expected: ["b1", "a2", "a1"] },
    { name: "to an instant (exclusive)", query: "to=2026-03-02T09:00:00Z", expected: ["a1"] },
    { name: "date range", query: "from=2026-03-02&to=2026-03-02", expected: ["b1", "a2"] },
    { name: "running", query: "running=true", expected: ["run"] },
    { name: "finished", query: "running=false", expected: ["c1", "b1", "a2", "a1"] },
    { name: "combined", query: () => `board_id=${a.boardId}&user_id=${owner.id}&running=false`, expected: ["b1", "a1"] },
  ];

  it.each(cases)("list: $name", async ({ query, expected }) => {
    const q = typeof query === "function" ? query() : query;
    const res = await api("GET", `/v1/time_entries?${q}`, { as: member });
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(expected.map((k) => made[k]));
  });

  it("paginates with a cursor", async () => {
    const first = await api("GET", "/v1/time_entries?limit=2", { as: owner });
    const second = await api("GET", `/v1/time_entries?limit=2&cursor=${first.body.next_cursor}`, { as: owner });
    const third = await api("GET", `/v1/time_entries?limit=2&cursor=${second.body.next_cursor}`, { as: owner });
    expect([...ids(first.body), ...ids(second.body), ...ids(third.body)]).toEqual(["run", "c1", "b1", "a2", "a1"].map((k) => made[k]));
    expect(third.body.next_cursor).toBeNull();
  });

  it("totals per card and per user count finished entries only", async () => {
    const byCard = await api("GET", "/v1/time_entries/totals?group_by=card", { as: member });
    expect(byCard.status).toBe(200);
    expect(byCard.body).toEqual({
      group_by: "card",
      total_seconds: 6060,
      entry_count: 4,
      items: [
        { card_id: a.id, total_seconds: 5400, entry_count: 2 },
        { card_id: b.id, total_seconds: 600, entry_count: 1 },
        { card_id: c.id, total_seconds: 60, entry_count: 1 },
      ],
    });
    const byUser = await api("GET", `/v1/time_entries/totals?group_by=user&board_id=${a.boardId}`, { as: member });
    expect(byUser.body).toEqual({
      group_by: "user",
      total_seconds: 6000,
      entry_count: 3,
      items: [
        { user_id: owner.id, total_seconds: 4200, entry_count: 2 },
        { user_id: member.id, total_seconds: 1800, entry_count: 1 },
      ],
    });
    const oneCard = await api("GET", `/v1/time_entries/totals?card_id=${a.id}&from=2026-03-02`, { as: member });
    expect(oneCard.body).toEqual({ group_by: null, total_seconds: 1800, entry_count: 1, items: [] });
  });

  it("a board-restricted token sees only its boards' entries", async () => {
    const db = await getDb();
    const ctx: Ctx = {
      db,
      caller: {
        user: actorOf(member),
        workspaceId: owner.workspaceId,
        role: "member",
        via: "token",
        token: { id: "tok_t", scope: "read", boardIds: [c.boardId] },
      },
    };
    expect(ids(await listTimeEntries({ ctx, query: { limit: 50 } }))).toEqual([made.run, made.c1]);
    await expect(listTimeEntries({ ctx, query: { limit: 50, board_id: a.boardId } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listTimeEntries({ ctx, query: { limit: 50, card_id: a.id } })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("tenancy", () => {
  it("another workspace's entries and cards are 404 and never listed", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const card = await createCard(owner);
    const entry = (
      await api("POST", "/v1/time_entries", { as: owner, body: { card_id: card.id, started_at: hoursAgo(3), duration_seconds: 60 } })
    ).body;
    for (const [method, path, body] of [
      ["GET", `/v1/time_entries/${entry.id}`],
      ["PATCH", `/v1/time_entries/${entry.id}`, { note: "x" }],
      ["DELETE", `/v1/time_entries/${entry.id}`],
      ["POST", `/v1/time_entries/${entry.id}/stop`],
      ["POST", "/v1/time_entries/start", { card_id: card.id }],
      ["POST", "/v1/time_entries", { card_id: card.id, started_at: hoursAgo(2), duration_seconds: 60 }],
      ["GET", `/v1/time_entries?card_id=${card.id}`],
      ["GET", `/v1/time_entries?board_id=${card.boardId}`],
      ["GET", `/v1/time_entries/totals?card_id=${card.id}`],
    ] as const) {
      expect((await api(method, path, { as: stranger, body })).status, `${method} ${path}`).toBe(404);
    }
    expect((await api("GET", "/v1/time_entries", { as: stranger })).body.items).toEqual([]);
    expect((await api("GET", "/v1/time_entries/totals", { as: stranger })).body.total_seconds).toBe(0);
  });
});

describe("board-restricted tokens over HTTP", () => {
  it("track time on their boards only", async () => {
    const owner = await createUser();
    const inside = await createCard(owner);
    const outside = await createCard(owner);
    const hidden = (
      await api("POST", "/v1/time_entries", { as: owner, body: { card_id: outside.id, started_at: hoursAgo(2), duration_seconds: 60 } })
    ).body;
    const token = (await api("POST", "/v1/tokens", { as: owner, body: { name: "r", scope: "read_write", board_ids: [inside.boardId] } }))
      .body.token;
    expect((await api("POST", "/v1/time_entries/start", { as: { token }, body: { card_id: inside.id } })).status).toBe(201);
    expect((await api("POST", "/v1/time_entries/start", { as: { token }, body: { card_id: outside.id } })).status).toBe(404);
    for (const [method, path, body] of [
      ["GET", `/v1/time_entries/${hidden.id}`],
      ["PATCH", `/v1/time_entries/${hidden.id}`, { note: "x" }],
      ["DELETE", `/v1/time_entries/${hidden.id}`],
    ] as const) {
      expect((await api(method, path, { as: { token }, body })).status, `${method} ${path}`).toBe(404);
    }
    expect(ids((await api("GET", "/v1/time_entries", { as: { token } })).body)).not.toContain(hidden.id);
    expect((await api("GET", `/v1/time_entries/totals?board_id=${outside.boardId}`, { as: { token } })).status).toBe(403);
  });
});

describe("roles on /v1/time_entries", () => {
  const cases = [
    { role: "viewer", read: 200, track: 403, own: null, others: 403 },
    { role: "member", read: 200, track: 201, own: 200, others: 403 },
    { role: "admin", read: 200, track: 201, own: 200, others: 200 },
    { role: "owner", read: 200, track: 201, own: 200, others: 200 },
  ] as const;

  it.each(cases)("$role", async ({ role, read, track, own, others }) => {
    const workspaceOwner = await createUser();
    const user = role === "owner" ? workspaceOwner : await createMember(workspaceOwner.workspaceId, role);
    const colleague = await createMember(workspaceOwner.workspaceId, "member");
    const card = await createCard(workspaceOwner);
    const theirs = (
      await api("POST", "/v1/time_entries", { as: colleague, body: { card_id: card.id, started_at: hoursAgo(5), duration_seconds: 600 } })
    ).body;
    const running = (await api("POST", "/v1/time_entries/start", { as: colleague, body: { card_id: card.id } })).body;

    expect((await api("GET", "/v1/time_entries", { as: user })).status).toBe(read);
    expect((await api("GET", `/v1/time_entries/${theirs.id}`, { as: user })).status).toBe(read);
    expect((await api("GET", "/v1/time_entries/totals?group_by=user", { as: user })).status).toBe(read);
    const manual = await api("POST", "/v1/time_entries", {
      as: user,
      body: { card_id: card.id, started_at: hoursAgo(4), duration_seconds: 60 },
    });
    expect(manual.status).toBe(track);
    if (track === 403) expect(manual.body.message).toMatch(/role \(viewer\)/);
    expect((await api("POST", "/v1/time_entries/start", { as: user, body: { card_id: card.id } })).status).toBe(track);
    if (own) {
      expect((await api("POST", "/v1/time_entries/stop", { as: user })).status).toBe(own);
      expect((await api("PATCH", `/v1/time_entries/${manual.body.id}`, { as: user, body: { note: "mine" } })).status).toBe(own);
      expect((await api("DELETE", `/v1/time_entries/${manual.body.id}`, { as: user })).status).toBe(204);
    }
    expect((await api("PATCH", `/v1/time_entries/${theirs.id}`, { as: user, body: { note: "fixed" } })).status).toBe(others);
    expect((await api("POST", `/v1/time_entries/${running.id}/stop`, { as: user })).status).toBe(others);
    expect((await api("DELETE", `/v1/time_entries/${theirs.id}`, { as: user })).status).toBe(others === 200 ? 204 : others);
  });
});

describe("bad input on /v1/time_entries changes nothing", () => {
  let owner: TestUser;
  let stranger: TestUser;
  let cardId: string;
  let entryId: string;
  let strangerCardId: string;
  let strangerEntryId: string;

  beforeAll(async () => {
    owner = await createUser();
    stranger = await createUser();
    cardId = (await createCard(owner)).id;
    entryId = (
      await api("POST", "/v1/time_entries", {
        as: owner,
        body: { card_id: cardId, started_at: "2026-02-01T10:00:00Z", duration_seconds: 600 },
      })
    ).body.id;
    strangerCardId = (await createCard(stranger)).id;
    strangerEntryId = (
      await api("POST", "/v1/time_entries", {
        as: stranger,
        body: { card_id: strangerCardId, started_at: "2026-02-01T10:00:00Z", duration_seconds: 600 },
      })
    ).body.id;
  });

  async function snapshot() {
    const db = await getDb();
    return {
      entries: await db.select().from(timeEntries).orderBy(timeEntries.id),
      events: (await db.select({ n: count() }).from(events))[0].n,
    };
  }

  const future = () => new Date(Date.now() + 3600_000).toISOString();
  const cases: { name: string; method: string; path: () => string; body?: () => unknown; as?: () => As; status: number; field?: string }[] =
    [
      {
        name: "create: negative duration",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z", duration_seconds: -60 }),
        status: 400,
        field: "duration_seconds",
      },
      {
        name: "create: zero duration",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z", duration_seconds: 0 }),
        status: 400,
      },
      {
        name: "create: fractional duration",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z", duration_seconds: 1.5 }),
        status: 400,
      },
      {
        name: "create: duration as string",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z", duration_seconds: "60" }),
        status: 400,
      },
      {
        name: "create: duration over a week",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-01-02T10:00:00Z", duration_seconds: 8 * 86400 }),
        status: 400,
      },
      {
        name: "create: end before start",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z", ended_at: "2026-02-02T09:00:00Z" }),
        status: 400,
        field: "ended_at",
      },
      {
        name: "create: end equals start",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z", ended_at: "2026-02-02T10:00:00Z" }),
        status: 400,
      },
      {
        name: "create: both end and duration",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z", ended_at: "2026-02-02T11:00:00Z", duration_seconds: 60 }),
        status: 400,
      },
      {
        name: "create: neither end nor duration",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z" }),
        status: 400,
      },
      {
        name: "create: future start",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: future(), duration_seconds: 60 }),
        status: 400,
        field: "started_at",
      },
      {
        name: "create: absurd future year",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "9999-01-01T00:00:00Z", duration_seconds: 60 }),
        status: 400,
      },
      {
        name: "create: before 2000",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "1970-01-01T00:00:00Z", duration_seconds: 60 }),
        status: 400,
      },
      {
        name: "create: not a date",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "yesterday", duration_seconds: 60 }),
        status: 400,
        field: "started_at",
      },
      {
        name: "create: date without zone",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00", duration_seconds: 60 }),
        status: 400,
      },
      {
        name: "create: impossible date",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-30T10:00:00Z", duration_seconds: 60 }),
        status: 400,
      },
      {
        name: "create: oversize note",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z", duration_seconds: 60, note: "n".repeat(2001) }),
        status: 400,
      },
      {
        name: "create: unknown field",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z", duration_seconds: 60, project_id: stranger.id }),
        status: 400,
      },
      {
        name: "create: missing card_id",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ started_at: "2026-02-02T10:00:00Z", duration_seconds: 60 }),
        status: 400,
      },
      {
        name: "create: card id of wrong type",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: entryId, started_at: "2026-02-02T10:00:00Z", duration_seconds: 60 }),
        status: 400,
      },
      {
        name: "create: another workspace's card",
        method: "POST",
        path: () => "/v1/time_entries",
        body: () => ({ card_id: strangerCardId, started_at: "2026-02-02T10:00:00Z", duration_seconds: 60 }),
        status: 404,
      },
      {
        name: "start: another workspace's card",
        method: "POST",
        path: () => "/v1/time_entries/start",
        body: () => ({ card_id: strangerCardId }),
        status: 404,
      },
      { name: "start: missing card_id", method: "POST", path: () => "/v1/time_entries/start", body: () => ({}), status: 400 },
      {
        name: "start: unknown field",
        method: "POST",
        path: () => "/v1/time_entries/start",
        body: () => ({ card_id: cardId, started_at: "2026-02-02T10:00:00Z" }),
        status: 400,
      },
      {
        name: "start: note wrong type",
        method: "POST",
        path: () => "/v1/time_entries/start",
        body: () => ({ card_id: cardId, note: 5 }),
        status: 400,
      },
      { name: "stop: nothing running", method: "POST", path: () => "/v1/time_entries/stop", status: 404 },
      { name: "stop: already stopped", method: "POST", path: () => `/v1/time_entries/${entryId}/stop`, status: 409 },
      { name: "stop: another workspace's entry", method: "POST", path: () => `/v1/time_entries/${strangerEntryId}/stop`, status: 404 },
      { name: "update: empty", method: "PATCH", path: () => `/v1/time_entries/${entryId}`, body: () => ({}), status: 400 },
      {
        name: "update: end before stored start",
        method: "PATCH",
        path: () => `/v1/time_entries/${entryId}`,
        body: () => ({ ended_at: "2026-02-01T09:00:00Z" }),
        status: 400,
        field: "ended_at",
      },
      {
        name: "update: start after stored end",
        method: "PATCH",
        path: () => `/v1/time_entries/${entryId}`,
        body: () => ({ started_at: "2026-02-01T11:00:00Z" }),
        status: 400,
      },
      {
        name: "update: negative duration",
        method: "PATCH",
        path: () => `/v1/time_entries/${entryId}`,
        body: () => ({ duration_seconds: -1 }),
        status: 400,
      },
      {
        name: "update: future end",
        method: "PATCH",
        path: () => `/v1/time_entries/${entryId}`,
        body: () => ({ ended_at: future() }),
        status: 400,
      },
      {
        name: "update: user_id not editable",
        method: "PATCH",
        path: () => `/v1/time_entries/${entryId}`,
        body: () => ({ user_id: stranger.id }),
        status: 400,
      },
      {
        name: "update: move to another workspace's card",
        method: "PATCH",
        path: () => `/v1/time_entries/${entryId}`,
        body: () => ({ card_id: strangerCardId }),
        status: 404,
      },
      {
        name: "update: another workspace's entry",
        method: "PATCH",
        path: () => `/v1/time_entries/${strangerEntryId}`,
        body: () => ({ note: "x" }),
        status: 404,
      },
      {
        name: "update: id of wrong type",
        method: "PATCH",
        path: () => `/v1/time_entries/${cardId}`,
        body: () => ({ note: "x" }),
        status: 404,
      },
      { name: "delete: another workspace's entry", method: "DELETE", path: () => `/v1/time_entries/${strangerEntryId}`, status: 404 },
      { name: "list: bad running value", method: "GET", path: () => "/v1/time_entries?running=yes", status: 400 },
      {
        name: "list: from after to",
        method: "GET",
        path: () => "/v1/time_entries?from=2026-03-05&to=2026-03-01",
        status: 400,
        field: "to",
      },
      {
        name: "totals: from after to",
        method: "GET",
        path: () => "/v1/time_entries/totals?from=2026-03-05T00:00:00Z&to=2026-03-05T00:00:00Z",
        status: 400,
      },
      { name: "list: bad from", method: "GET", path: () => "/v1/time_entries?from=last-week", status: 400 },
      { name: "list: user id of wrong type", method: "GET", path: () => `/v1/time_entries?user_id=${cardId}`, status: 400 },
      { name: "list: unknown parameter", method: "GET", path: () => "/v1/time_entries?project=x", status: 400 },
      {
        name: "list: another workspace's board",
        method: "GET",
        path: () => "/v1/time_entries?board_id=board_00000000000000000000000000",
        status: 404,
      },
      { name: "totals: bad group_by", method: "GET", path: () => "/v1/time_entries/totals?group_by=list", status: 400 },
      { name: "totals: pagination is not a totals parameter", method: "GET", path: () => "/v1/time_entries/totals?limit=5", status: 400 },
      {
        name: "no session",
        method: "POST",
        path: () => "/v1/time_entries/start",
        body: () => ({ card_id: cardId }),
        as: () => null,
        status: 401,
      },
    ];

  it.each(cases)("$name → $status", async (c) => {
    const before = await snapshot();
    const res = await api(c.method, c.path(), { as: c.as ? c.as() : owner, body: c.body?.() });
    expect(res.status).toBe(c.status);
    expect(res.body).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    if (c.field) expect(res.body.details.map((d: { field: string }) => d.field)).toContain(c.field);
    expect(await snapshot()).toEqual(before);
  });
});
