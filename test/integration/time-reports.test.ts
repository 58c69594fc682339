import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { timeEntries } from "@/db/schema";
import { newId } from "@/lib/ids";
import { EXPORT_COLUMNS } from "@/lib/time-entries/export-time-entries";
import { api, TEST_ORIGIN } from "../support/api";
import { dispatch } from "../support/router";
import { actorOf, eventsOf, makeBoard, makeCard, makeList, makeTag, snapshotContent } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

/**
 * One fixture, hand-computed totals. Entries (UTC start, seconds):
 *   A alice card One (Red)        2026-11-10T23:30Z 3600 billable  Berlin Nov 11 00:30, New York Nov 10 18:30
 *   B alice card Two (Red, Blue)  2026-11-11T10:00Z 1800
 *   C bob   card One              2026-11-11T03:00Z 5400           New York Nov 10 22:00
 *   D bob   card Three (board 2)  2026-11-15T23:10Z  600 billable  Sunday in UTC, Monday Nov 16 in Berlin
 *   E alice card One              2026-10-31T23:30Z  900           Berlin Nov 1 00:30 (CET, after DST ended)
 * plus a running timer of alice (never counted). All: 12300 s in 5 entries.
 */
let alice: TestUser;
let bob: TestUser;
let f: { board1: string; board2: string; one: string; two: string; three: string; red: string; blue: string };

async function logTime(as: TestUser, body: Record<string, unknown>) {
  const res = await api("POST", "/v1/time_entries", { as, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function report(query: string, as: TestUser = alice) {
  const res = await api("GET", `/v1/time_entries/report?${query}`, { as });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

beforeAll(async () => {
  alice = await createUser({ name: "Alice" });
  bob = await createMember(alice.workspaceId, "member");
  const board1 = await makeBoard(alice, "Alpha");
  const board2 = await makeBoard(alice, "Beta");
  const list1 = await makeList(alice, board1.id);
  const list2 = await makeList(alice, board2.id);
  const red = await makeTag(alice, board1.id, "Red", "#ef4444");
  const blue = await makeTag(alice, board1.id, "Blue", "#3b82f6");
  const one = await makeCard(alice, list1.id, "One", { tag_ids: [red.id] });
  const two = await makeCard(alice, list1.id, "Two", { tag_ids: [red.id, blue.id] });
  const three = await makeCard(alice, list2.id, "Three");
  f = { board1: board1.id, board2: board2.id, one: one.id, two: two.id, three: three.id, red: red.id, blue: blue.id };

  await logTime(alice, { card_id: one.id, started_at: "2026-11-10T23:30:00Z", duration_seconds: 3600, billable: true });
  await logTime(alice, { card_id: two.id, started_at: "2026-11-11T10:00:00Z", duration_seconds: 1800 });
  // The owner logs Bob's time for him.
  await logTime(alice, { card_id: one.id, started_at: "2026-11-11T03:00:00Z", ended_at: "2026-11-11T04:30:00Z", user_id: bob.id });
  await logTime(alice, { card_id: three.id, started_at: "2026-11-15T23:10:00Z", duration_seconds: 600, billable: true, user_id: bob.id });
  await logTime(alice, { card_id: one.id, started_at: "2026-10-31T23:30:00+00:00", duration_seconds: 900 });
  expect((await api("POST", "/v1/time_entries/start", { as: alice, body: { card_id: one.id } })).status).toBe(201);
});

describe("logging time for another member", () => {
  it("an owner's entry for a member is the member's, with the owner as the event's actor", async () => {
    const card = await makeCard(alice, (await makeList(alice, f.board1, "Scratch")).id, "Scratch");
    const entry = await logTime(alice, { card_id: card.id, started_at: "2026-11-01T08:00:00Z", duration_seconds: 60, user_id: bob.id });
    expect(entry).toMatchObject({ user_id: bob.id, user: { id: bob.id, name: bob.name }, billable: false });
    const created = (await eventsOf(f.board1)).filter((e) => e.type === "time_entry.created").at(-1)!;
    expect(created).toMatchObject({ actor: actorOf(alice), data: entry });
    expect((await api("DELETE", `/v1/time_entries/${entry.id}`, { as: alice })).status).toBe(204);
  });

  it("a member cannot log for someone else; a viewer or a stranger cannot be named; nothing changes", async () => {
    const viewer = await createMember(alice.workspaceId, "viewer");
    const stranger = await createUser();
    const before = await snapshotContent();
    const body = { card_id: f.one, started_at: "2026-11-01T08:00:00Z", duration_seconds: 60 };
    const asMember = await api("POST", "/v1/time_entries", { as: bob, body: { ...body, user_id: alice.id } });
    expect(asMember.status).toBe(403);
    expect(asMember.body).toMatchObject({ error: "forbidden", message: expect.stringContaining("admin or owner") });
    const forViewer = await api("POST", "/v1/time_entries", { as: alice, body: { ...body, user_id: viewer.id } });
    expect(forViewer.status).toBe(400);
    expect(forViewer.body.message).toContain("viewer");
    expect((await api("POST", "/v1/time_entries", { as: alice, body: { ...body, user_id: stranger.id } })).status).toBe(404);
    expect((await api("POST", "/v1/time_entries", { as: alice, body: { ...body, billable: "yes" } })).status).toBe(400);
    // Naming oneself is allowed for anyone.
    const own = await logTime(bob, { ...body, user_id: bob.id });
    expect(own.user_id).toBe(bob.id);
    expect((await api("DELETE", `/v1/time_entries/${own.id}`, { as: bob })).status).toBe(204);
    expect((await snapshotContent()).cards).toEqual(before.cards);
  });

  it("billable can be set on a timer and edited, with changes", async () => {
    const started = (await api("POST", "/v1/time_entries/start", { as: bob, body: { card_id: f.two, billable: true } })).body;
    expect(started.billable).toBe(true);
    const edited = await api("PATCH", `/v1/time_entries/${started.id}`, { as: bob, body: { billable: false } });
    expect(edited.body.billable).toBe(false);
    const updated = (await eventsOf(f.board1)).filter((e) => e.type === "time_entry.updated").at(-1)!;
    expect(updated.changes).toEqual({ billable: { from: true, to: false } });
    expect((await api("DELETE", `/v1/time_entries/${started.id}`, { as: bob })).status).toBe(204);
  });
});

describe("GET /v1/time_entries/report", () => {
  it("totals everything finished, once", async () => {
    expect(await report("")).toEqual({
      group_by: [],
      tz: "UTC",
      from: null,
      to: null,
      total_seconds: 12300,
      entry_count: 5,
      items: [],
      truncated: false,
    });
  });

  it("days in UTC, Berlin and New York put the same entries on different days", async () => {
    const utc = await report("group_by=day&from=2026-11-09&to=2026-11-15");
    expect(utc).toMatchObject({ from: "2026-11-09T00:00:00.000Z", to: "2026-11-16T00:00:00.000Z", total_seconds: 11400, entry_count: 4 });
    expect(utc.items).toEqual([
      { day: "2026-11-10", total_seconds: 3600, entry_count: 1 },
      { day: "2026-11-11", total_seconds: 7200, entry_count: 2 },
      { day: "2026-11-15", total_seconds: 600, entry_count: 1 },
    ]);

    // Berlin (UTC+1 in November): A moves to the 11th, D (Monday 00:10) falls after `to`.
    const berlin = await report("group_by=day&from=2026-11-09&to=2026-11-15&tz=Europe/Berlin");
    expect(berlin).toMatchObject({ tz: "Europe/Berlin", from: "2026-11-08T23:00:00.000Z", to: "2026-11-15T23:00:00.000Z" });
    expect(berlin).toMatchObject({ total_seconds: 10800, entry_count: 3 });
    expect(berlin.items).toEqual([{ day: "2026-11-11", total_seconds: 10800, entry_count: 3 }]);

    // New York (UTC-5): C moves back to the 10th, B stays on the 11th.
    const ny = await report("group_by=day&from=2026-11-09&to=2026-11-15&tz=America/New_York");
    expect(ny).toMatchObject({ from: "2026-11-09T05:00:00.000Z", to: "2026-11-16T05:00:00.000Z", total_seconds: 11400, entry_count: 4 });
    expect(ny.items).toEqual([
      { day: "2026-11-10", total_seconds: 9000, entry_count: 2 },
      { day: "2026-11-11", total_seconds: 1800, entry_count: 1 },
      { day: "2026-11-15", total_seconds: 600, entry_count: 1 },
    ]);
  });

  it("weeks start on Monday and months follow the time zone", async () => {
    expect((await report("group_by=week")).items).toEqual([
      { week: "2026-10-26", total_seconds: 900, entry_count: 1 },
      { week: "2026-11-09", total_seconds: 11400, entry_count: 4 },
    ]);
    expect((await report("group_by=week&tz=Europe/Berlin")).items).toEqual([
      { week: "2026-10-26", total_seconds: 900, entry_count: 1 },
      { week: "2026-11-09", total_seconds: 10800, entry_count: 3 },
      { week: "2026-11-16", total_seconds: 600, entry_count: 1 },
    ]);
    expect((await report("group_by=month")).items).toEqual([
      { month: "2026-10", total_seconds: 900, entry_count: 1 },
      { month: "2026-11", total_seconds: 11400, entry_count: 4 },
    ]);
    expect((await report("group_by=month&tz=Europe/Berlin")).items).toEqual([{ month: "2026-11", total_seconds: 12300, entry_count: 5 }]);
  });

  it("two levels: per person, then per day", async () => {
    const res = await report("group_by=user,day");
    expect(res.group_by).toEqual(["user", "day"]);
    const a = { user_id: alice.id, user_name: "Alice" };
    const b = { user_id: bob.id, user_name: bob.name };
    expect(res.items).toEqual([
      { ...a, day: "2026-10-31", total_seconds: 900, entry_count: 1 },
      { ...a, day: "2026-11-10", total_seconds: 3600, entry_count: 1 },
      { ...a, day: "2026-11-11", total_seconds: 1800, entry_count: 1 },
      { ...b, day: "2026-11-11", total_seconds: 5400, entry_count: 1 },
      { ...b, day: "2026-11-15", total_seconds: 600, entry_count: 1 },
    ]);
  });

  it("by tag counts a two-tag card under each tag but once in the total; untagged last", async () => {
    const res = await report("group_by=tag");
    expect(res).toMatchObject({ total_seconds: 12300, entry_count: 5 });
    expect(res.items).toEqual([
      { tag_id: f.blue, tag_name: "Blue", total_seconds: 1800, entry_count: 1 },
      { tag_id: f.red, tag_name: "Red", total_seconds: 11700, entry_count: 4 },
      { tag_id: null, tag_name: null, total_seconds: 600, entry_count: 1 },
    ]);
  });

  it("by board and card, and the filters", async () => {
    expect((await report("group_by=board")).items).toEqual([
      { board_id: f.board1, board_name: "Alpha", total_seconds: 11700, entry_count: 4 },
      { board_id: f.board2, board_name: "Beta", total_seconds: 600, entry_count: 1 },
    ]);
    expect((await report(`group_by=card&board_id=${f.board1}`)).items).toEqual([
      { card_id: f.one, card_title: "One", total_seconds: 9900, entry_count: 3 },
      { card_id: f.two, card_title: "Two", total_seconds: 1800, entry_count: 1 },
    ]);
    expect(await report("billable=true")).toMatchObject({ total_seconds: 4200, entry_count: 2 });
    expect(await report("billable=false")).toMatchObject({ total_seconds: 8100, entry_count: 3 });
    expect(await report(`tag_id=${f.blue}`)).toMatchObject({ total_seconds: 1800, entry_count: 1 });
    expect(await report(`user_id=${bob.id}`)).toMatchObject({ total_seconds: 6000, entry_count: 2 });
    // Instants with offsets: from Nov 10 23:00Z up to (not including) Nov 11 04:00Z → A and C.
    const instants = await report(`from=${encodeURIComponent("2026-11-11T00:00:00+01:00")}&to=2026-11-11T04:00:00Z&group_by=user`);
    expect(instants).toMatchObject({
      from: "2026-11-10T23:00:00.000Z",
      to: "2026-11-11T04:00:00.000Z",
      total_seconds: 9000,
      entry_count: 2,
    });
    // The list and the totals take the new filters too.
    expect((await api("GET", `/v1/time_entries?billable=true`, { as: alice })).body.items).toHaveLength(2);
    expect((await api("GET", `/v1/time_entries/totals?tag_id=${f.blue}`, { as: alice })).body.total_seconds).toBe(1800);
  });

  it("a viewer may read the report; another workspace sees none of it", async () => {
    const viewer = await createMember(alice.workspaceId, "viewer");
    expect(await report("", viewer)).toMatchObject({ total_seconds: 12300 });
    const stranger = await createUser();
    expect(await report("group_by=user", stranger)).toMatchObject({ total_seconds: 0, entry_count: 0, items: [] });
    expect((await api("GET", `/v1/time_entries/report?board_id=${f.board1}`, { as: stranger })).status).toBe(404);
    expect((await api("GET", `/v1/time_entries/report?tag_id=${f.red}`, { as: stranger })).status).toBe(404);
  });

  it("refuses bad groupings, time zones and ranges with 400", async () => {
    for (const query of [
      "group_by=user,day,card",
      "group_by=day,day",
      "group_by=year",
      "group_by=",
      "tz=Mars/Olympus",
      "tz=Europe%2FBerlin'%3B%20drop",
      "tz=" + "A".repeat(200),
      "billable=yes",
      "from=2026-11-10&to=2026-11-09",
      // The Berlin day starts at 23:00Z the day before, so this range is empty.
      "from=2026-11-10&to=2026-11-09T23:00:00Z&tz=Europe/Berlin",
      "from=tomorrow",
      "colour=red",
    ]) {
      const res = await api("GET", `/v1/time_entries/report?${query}`, { as: alice });
      expect(res.status, query).toBe(400);
      expect(res.body).toMatchObject({ error: "invalid_request", message: expect.any(String) });
    }
  });
});

describe("GET /v1/time_entries/export.csv", () => {
  async function download(query: string, as: TestUser = alice) {
    const res = await api("GET", `/v1/time_entries/export.csv?${query}`, { as });
    expect(res.status, String(res.body)).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="time-entries.*\.csv"$/);
    const text = res.body as string;
    return { text, rows: parse(text, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[] };
  }

  it("one row per finished entry, in the time zone, parsed back by a CSV parser", async () => {
    const { text, rows } = await download("tz=Europe/Berlin&from=2026-11-09&to=2026-11-15");
    // The bytes start with the UTF-8 byte order mark (text() decodes it away).
    const raw = await dispatch(new Request(`${TEST_ORIGIN}/v1/time_entries/export.csv`, { headers: { cookie: alice.cookie } }));
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split("\r\n")[0]).toBe(EXPORT_COLUMNS.join(","));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(
      rows.map((r) => [r.date, r.start, r.end, r.duration_seconds, r.duration, r.hours, r.person, r.card, r.tags, r.billable]),
    ).toEqual([
      ["2026-11-11", "2026-11-11 00:30:00", "2026-11-11 01:30:00", "3600", "1:00:00", "1.00", "Alice", "One", "Red", "true"],
      ["2026-11-11", "2026-11-11 04:00:00", "2026-11-11 05:30:00", "5400", "1:30:00", "1.50", bob.name, "One", "Red", "false"],
      ["2026-11-11", "2026-11-11 11:00:00", "2026-11-11 11:30:00", "1800", "0:30:00", "0.50", "Alice", "Two", "Blue; Red", "false"],
    ]);
    expect(rows[0]).toMatchObject({
      started_at_utc: "2026-11-10T23:30:00Z",
      email: alice.email,
      board: "Alpha",
      list: "List",
      card_id: f.one,
    });
    // The report of the same filters adds up to the same seconds.
    const total = rows.reduce((sum, r) => sum + Number(r.duration_seconds), 0);
    expect(total).toBe((await report("tz=Europe/Berlin&from=2026-11-09&to=2026-11-15")).total_seconds);
    expect((await download(`billable=true&user_id=${bob.id}`)).rows.map((r) => r.duration_seconds)).toEqual(["600"]);
  });

  it("quotes commas, quotes and line breaks, keeps UTF-8, and defuses formulas", async () => {
    const board = await makeBoard(alice, 'Ünïcödé, "quoted" board');
    const list = await makeList(alice, board.id, "=cmd|' /C calc'!A0");
    const card = await makeCard(alice, list.id, "+SUM(1,2)");
    const notes = ['=HYPERLINK("http://evil.test","x")', "-2+3", "@SUM(A1)", "\tTab", 'line one\nline two, "with" quotes', "日本語 ✓"];
    let start = Date.parse("2026-09-01T08:00:00Z");
    for (const note of notes) {
      await logTime(alice, { card_id: card.id, started_at: new Date(start).toISOString(), duration_seconds: 60, note });
      start += 3600_000;
    }
    const { text, rows } = await download(`board_id=${board.id}`);
    expect(rows.map((r) => r.note)).toEqual([
      '\'=HYPERLINK("http://evil.test","x")',
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      'line one\nline two, "with" quotes',
      "日本語 ✓",
    ]);
    expect(rows[0]).toMatchObject({ board: 'Ünïcödé, "quoted" board', list: "'=cmd|' /C calc'!A0", card: "'+SUM(1,2)" });
    expect(text).toContain('"Ünïcödé, ""quoted"" board"');
    // No cell of any row starts with a formula character.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("streams more rows than one batch, oldest first, with none lost or repeated", async () => {
    const board = await makeBoard(alice, "Bulk");
    const card = await makeCard(alice, (await makeList(alice, board.id)).id, "Bulk card");
    const db = await getDb();
    const base = Date.parse("2026-06-01T00:00:00Z");
    // 1,203 entries, some sharing a start, so the keyset's id tie-break is exercised.
    const values = Array.from({ length: 1203 }, (_, i) => ({
      id: newId("timeEntry"),
      workspaceId: alice.workspaceId,
      cardId: card.id,
      userId: alice.id,
      startedAt: new Date(base + Math.floor(i / 3) * 60_000),
      endedAt: new Date(base + Math.floor(i / 3) * 60_000 + (i + 1) * 1000),
      note: `entry ${i}`,
    }));
    await db.insert(timeEntries).values(values);
    const { rows } = await download(`board_id=${board.id}`);
    expect(rows).toHaveLength(1203);
    expect(new Set(rows.map((r) => r.entry_id)).size).toBe(1203);
    const expectedOrder = [...values].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : 1));
    expect(rows.map((r) => r.entry_id)).toEqual(expectedOrder.map((v) => v.id));
    expect(rows.reduce((s, r) => s + Number(r.duration_seconds), 0)).toBe((1203 * 1204) / 2);
  });

  it("bad filters are a JSON 4xx before any CSV", async () => {
    const bad = await api("GET", "/v1/time_entries/export.csv?tz=Nowhere/City", { as: alice });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: "invalid_request" });
    const stranger = await createUser();
    expect((await api("GET", `/v1/time_entries/export.csv?board_id=${f.board1}`, { as: stranger })).status).toBe(404);
    const empty = await api("GET", "/v1/time_entries/export.csv", { as: stranger });
    expect(empty.status).toBe(200);
    expect(parse(empty.body, { bom: true, columns: true })).toEqual([]);
  });
});
