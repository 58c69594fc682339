import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { cardDependencies, cards } from "@/db/schema";
import { newId } from "@/lib/ids";
import { api } from "../support/api";
import { actorOf, eventsOf, makeBoard, makeCard, makeList, snapshotContent } from "../support/board-content";
import { createUser, type TestUser } from "../support/factories";
import { deliveries } from "./planning-kit";

let owner: TestUser;
let listId: string;
let boardId: string;

beforeAll(async () => {
  owner = await createUser({ name: "Dee Pendency" });
  boardId = (await makeBoard(owner)).id;
  listId = (await makeList(owner, boardId)).id;
});

const day = (d: string) => `2026-${d}T00:00:00.000Z`;
const card = (title: string, start: string | null, due: string | null) =>
  makeCard(owner, listId, title, { start_at: start && day(start), due_at: due && day(due) });
const link = (cardId: string, body: Record<string, unknown>) => api("POST", `/v1/cards/${cardId}/dependencies`, { as: owner, body });
const linkOk = async (cardId: string, body: Record<string, unknown>) => {
  const res = await link(cardId, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};
const dates = async (id: string) => {
  const body = (await api("GET", `/v1/cards/${id}`, { as: owner })).body;
  return [body.start_at, body.due_at];
};

describe("/v1/cards/{id}/dependencies", () => {
  // The predecessor runs 03-02 → 03-06; each successor runs 03-01 → 03-03 (two days) before the link.
  const cases: [string, number, [string, string] | null][] = [
    ["finish_to_start", 2, ["03-08", "03-10"]], // start ≥ 03-06 + 2
    ["finish_to_start", -2, ["03-04", "03-06"]], // start ≥ 03-06 − 2 (a lead)
    ["start_to_start", 1, ["03-03", "03-05"]], // start ≥ 03-02 + 1
    ["finish_to_finish", 3, ["03-07", "03-09"]], // due ≥ 03-06 + 3
    ["start_to_finish", 4, ["03-04", "03-06"]], // due ≥ 03-02 + 4
    ["start_to_finish", 0, null], // due ≥ 03-02: already so, nothing moves
  ];
  for (const [type, lag, expected] of cases) {
    it(`${type} with lag ${lag}: ${expected ? `the successor moves to ${expected.join(" → ")}` : "nothing moves"}`, async () => {
      const pred = await card("Pred", "03-02", "03-06");
      const succ = await card("Succ", "03-01", "03-03");
      const start = (await eventsOf(boardId)).length;
      const dep = await linkOk(succ.id, { depends_on_id: pred.id, type, lag_days: lag });
      expect(dep).toMatchObject({ card_id: succ.id, depends_on_id: pred.id, type, lag_days: lag, blocking: true, board_id: boardId });
      expect(dep.id).toMatch(/^dep_[0-9a-z]{26}$/);
      const recorded = (await eventsOf(boardId)).slice(start);
      if (!expected) {
        expect(await dates(succ.id)).toEqual([day("03-01"), day("03-03")]);
        expect(recorded.map((e) => e.type)).toEqual(["dependency.created"]);
        return;
      }
      const after = (await api("GET", `/v1/cards/${succ.id}`, { as: owner })).body;
      expect([after.start_at, after.due_at]).toEqual([day(expected[0]), day(expected[1])]);
      expect(recorded.map((e) => e.type)).toEqual(["dependency.created", "schedule.recalculated", "card.updated"]);
      expect(recorded[0]).toMatchObject({ actor: actorOf(owner), data: dep });
      expect(recorded[1].data).toEqual({
        card_id: pred.id,
        moved: [
          {
            card_id: succ.id,
            start_at: { from: day("03-01"), to: day(expected[0]) },
            due_at: { from: day("03-03"), to: day(expected[1]) },
          },
        ],
      });
      expect(recorded[2]).toMatchObject({
        data: after,
        changes: { start_at: { from: day("03-01"), to: day(expected[0]) }, due_at: { from: day("03-03"), to: day(expected[1]) } },
      });
    });
  }

  it("never moves a successor earlier, and moves it again when the predecessor's dates change", async () => {
    const pred = await card("Pred", "03-02", "03-06");
    const late = await card("Late", "03-20", "03-21");
    await linkOk(late.id, { depends_on_id: pred.id });
    expect(await dates(late.id)).toEqual([day("03-20"), day("03-21")]);
    const start = (await eventsOf(boardId)).length;
    // Earlier predecessor: nothing moves back.
    await api("PATCH", `/v1/cards/${pred.id}`, { as: owner, body: { start_at: day("03-01"), due_at: day("03-02") } });
    expect(await dates(late.id)).toEqual([day("03-20"), day("03-21")]);
    // Later: the successor follows.
    const moved = await api("PATCH", `/v1/cards/${pred.id}`, { as: owner, body: { due_at: day("03-25") } });
    expect(moved.status).toBe(200);
    expect(await dates(late.id)).toEqual([day("03-25"), day("03-26")]);
    const recorded = (await eventsOf(boardId)).slice(start);
    expect(recorded.map((e) => e.type)).toEqual(["card.updated", "card.updated", "schedule.recalculated", "card.updated"]);
    expect(recorded[1].changes).toEqual({ due_at: { from: day("03-02"), to: day("03-25") } });
    expect(recorded[3].changes).toMatchObject({ start_at: { from: day("03-20"), to: day("03-25") } });
    // A card with only a due date moves by its due date; one without dates stays undated.
    const dueOnly = await card("Due only", null, "03-10");
    const undated = await card("Undated", null, null);
    await linkOk(dueOnly.id, { depends_on_id: pred.id });
    await linkOk(undated.id, { depends_on_id: pred.id });
    expect(await dates(dueOnly.id)).toEqual([null, day("03-25")]);
    expect(await dates(undated.id)).toEqual([null, null]);
  });

  it("shows blocking links, both directions, and deletes a link with dependency.deleted", async () => {
    const a = await card("A", null, null);
    const b = await card("B", null, null);
    const c = await card("C", null, null);
    const ab = await linkOk(b.id, { depends_on_id: a.id });
    const related = await linkOk(c.id, { depends_on_id: b.id, type: "relates_to" });
    expect(related.blocking).toBe(false);
    const ofB = (await api("GET", `/v1/cards/${b.id}/dependencies`, { as: owner })).body;
    expect(ofB).toEqual({ depends_on: [ab], dependents: [related] });
    await api("PATCH", `/v1/cards/${a.id}`, { as: owner, body: { completed: true } });
    expect((await api("GET", `/v1/cards/${b.id}/dependencies`, { as: owner })).body.depends_on[0].blocking).toBe(false);
    const board = (await api("GET", `/v1/dependencies?board_id=${boardId}`, { as: owner })).body.items.map((d: any) => d.id);
    expect(board).toEqual(expect.arrayContaining([ab.id, related.id]));
    const start = (await eventsOf(boardId)).length;
    expect((await api("DELETE", `/v1/cards/${b.id}/dependencies/${ab.id}`, { as: owner })).status).toBe(204);
    expect((await api("DELETE", `/v1/cards/${c.id}/dependencies/${ab.id}`, { as: owner })).status).toBe(404);
    const recorded = (await eventsOf(boardId)).slice(start);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ type: "dependency.deleted", data: { ...ab, blocking: false } });
    expect((await api("GET", `/v1/cards/${b.id}/dependencies`, { as: owner })).body.depends_on).toEqual([]);
  });

  it("refuses cycles (400 naming the path), self links, duplicates (409), a lag on a relation and strangers' cards, changing nothing", async () => {
    const [a, b, c] = [await card("A", null, null), await card("B", null, null), await card("C", null, null)];
    await linkOk(b.id, { depends_on_id: a.id });
    await linkOk(c.id, { depends_on_id: b.id, type: "start_to_start", lag_days: 1 });
    const stranger = await createUser();
    const foreignBoard = await makeBoard(stranger);
    const foreign = await makeCard(stranger, (await makeList(stranger, foreignBoard.id)).id);
    const before = await snapshotContent();
    const cycle = await link(a.id, { depends_on_id: c.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.message).toContain(`${c.id} → ${a.id} → ${b.id} → ${c.id}`);
    expect(cycle.body.details[0].field).toBe("depends_on_id");
    // A plain relation closes no cycle: relations are not scheduled.
    const self = await link(a.id, { depends_on_id: a.id });
    expect(self.status).toBe(400);
    expect((await link(b.id, { depends_on_id: a.id, type: "duplicates" })).status).toBe(409);
    expect((await link(a.id, { depends_on_id: b.id })).status).toBe(409);
    const lagged = await link(a.id, { depends_on_id: c.id, type: "relates_to", lag_days: 2 });
    expect(lagged.status).toBe(400);
    expect(lagged.body.details[0].field).toBe("lag_days");
    const bad = await link(a.id, { depends_on_id: c.id, type: "blocks", lag_days: 1.5 });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: any) => d.field).sort()).toEqual(["lag_days", "type"]);
    expect((await link(a.id, { depends_on_id: foreign.id })).status).toBe(400);
    expect((await api("POST", `/v1/cards/${foreign.id}/dependencies`, { as: owner, body: { depends_on_id: a.id } })).status).toBe(404);
    expect((await api("GET", `/v1/cards/${a.id}/dependencies`, { as: stranger })).status).toBe(404);
    const db = await getDb();
    const links = await db.select().from(cardDependencies).where(eq(cardDependencies.workspaceId, owner.workspaceId));
    expect(await snapshotContent()).toEqual(before);
    expect((await db.select().from(cardDependencies).where(eq(cardDependencies.workspaceId, owner.workspaceId))).length).toBe(links.length);
    expect((await link(a.id, { depends_on_id: c.id, type: "relates_to" })).status).toBe(201);
  });

  it("reschedules a 500-card chain in one transaction: card i starts 2i days after the first", async () => {
    const db = await getDb();
    const board = await makeBoard(owner, "Chain");
    const list = await makeList(owner, board.id);
    const ids = Array.from({ length: 500 }, () => newId("card"));
    // Written as rows (500 API calls would test the API, not the scheduler): each lasts one day, on 2026-01-01.
    await db.insert(cards).values(
      ids.map((id, i) => ({
        id,
        workspaceId: owner.workspaceId,
        boardId: board.id,
        listId: list.id,
        title: `Step ${i}`,
        rank: id,
        startAt: new Date(day("01-01")),
        dueAt: new Date(day("01-02")),
      })),
    );
    // Each step starts a day after the previous one finishes (finish_to_start, lag 1).
    await db.insert(cardDependencies).values(
      ids.slice(1).map((id, i) => ({
        id: newId("dependency"),
        workspaceId: owner.workspaceId,
        boardId: board.id,
        cardId: id,
        dependsOnId: ids[i],
        type: "finish_to_start",
        lagDays: 1,
      })),
    );
    const res = await api("PATCH", `/v1/cards/${ids[0]}`, { as: owner, body: { start_at: day("02-01"), due_at: day("02-02") } });
    expect(res.status).toBe(200);
    const rows = await db.select().from(cards).where(eq(cards.listId, list.id)).orderBy(asc(cards.title));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const DAY = 86_400_000;
    const first = Date.parse(day("02-01"));
    ids.forEach((id, i) => {
      // Hand-computed: step i starts at 02-01 + i × (1 day long + 1 day lag), and lasts one day.
      expect(byId.get(id)!.startAt!.getTime(), `step ${i}`).toBe(first + 2 * i * DAY);
      expect(byId.get(id)!.dueAt!.getTime(), `step ${i}`).toBe(first + (2 * i + 1) * DAY);
    });
    expect(byId.get(ids[499])!.startAt!.toISOString()).toBe("2028-10-26T00:00:00.000Z");
    const recorded = await eventsOf(board.id);
    const schedule = recorded.filter((e) => e.type === "schedule.recalculated");
    expect(schedule).toHaveLength(1);
    const moved = (schedule[0].data as { moved: { card_id: string }[] }).moved;
    expect(moved.map((m) => m.card_id)).toEqual(ids.slice(1));
    expect(recorded.filter((e) => e.type === "card.updated")).toHaveLength(500);
  });

  it("reschedules a diamond once per card, from both branches: the hand-computed dates", async () => {
    const a = await card("A", "02-01", "02-03");
    const b = await card("B", "02-01", "02-02"); // one day
    const c = await card("C", "02-01", "02-03"); // two days
    const d = await card("D", "02-01", "02-05"); // four days
    await linkOk(b.id, { depends_on_id: a.id }); // B starts after A finishes
    await linkOk(c.id, { depends_on_id: a.id, lag_days: 3 }); // C starts 3 days after A finishes
    await linkOk(d.id, { depends_on_id: b.id }); // D starts after B finishes
    await linkOk(d.id, { depends_on_id: c.id, type: "start_to_start", lag_days: 1 }); // and a day after C starts
    const start = (await eventsOf(boardId)).length;
    await api("PATCH", `/v1/cards/${a.id}`, { as: owner, body: { start_at: day("03-01"), due_at: day("03-03") } });
    // B ≥ 03-03 → 03-03..03-04; C ≥ 03-06 → 03-06..03-08; D ≥ max(03-04, 03-07) → 03-07..03-11.
    expect(await dates(b.id)).toEqual([day("03-03"), day("03-04")]);
    expect(await dates(c.id)).toEqual([day("03-06"), day("03-08")]);
    expect(await dates(d.id)).toEqual([day("03-07"), day("03-11")]);
    const recorded = (await eventsOf(boardId)).slice(start);
    expect(recorded.map((e) => e.type)).toEqual(["card.updated", "schedule.recalculated", "card.updated", "card.updated", "card.updated"]);
    const moved = (recorded[1].data as { moved: { card_id: string }[] }).moved.map((m) => m.card_id);
    expect(moved.sort()).toEqual([b.id, c.id, d.id].sort());
    expect(moved.indexOf(d.id)).toBe(2);
  });

  it("refuses a start after the due date (400)", async () => {
    const res = await api("POST", "/v1/cards", {
      as: owner,
      body: { list_id: listId, title: "x", start_at: day("03-05"), due_at: day("03-01") },
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe("start_at");
    const ok = await card("Ok", "03-01", "03-02");
    expect((await api("PATCH", `/v1/cards/${ok.id}`, { as: owner, body: { start_at: day("03-03") } })).status).toBe(400);
  });

  it("delivers dependency.created, dependency.deleted, schedule.recalculated and card.updated to a webhook", async () => {
    const user = await createUser();
    const board = await makeBoard(user);
    const list = await makeList(user, board.id);
    const pred = await makeCard(user, list.id, "P", { start_at: day("04-01"), due_at: day("04-05") });
    const succ = await makeCard(user, list.id, "S", { start_at: day("04-01"), due_at: day("04-02") });
    let dep: any;
    const bodies = await deliveries(
      user,
      ["dependency.created", "dependency.deleted", "schedule.recalculated", "card.updated"],
      4,
      async () => {
        dep = (await api("POST", `/v1/cards/${succ.id}/dependencies`, { as: user, body: { depends_on_id: pred.id } })).body;
        await api("DELETE", `/v1/cards/${succ.id}/dependencies/${dep.id}`, { as: user });
      },
    );
    const by = (t: string) => bodies.find((b) => b.event === t);
    expect(by("dependency.created").data).toEqual(dep);
    expect(by("dependency.deleted").data).toEqual(dep);
    expect(by("schedule.recalculated").data.moved).toEqual([
      { card_id: succ.id, start_at: { from: day("04-01"), to: day("04-05") }, due_at: { from: day("04-02"), to: day("04-06") } },
    ]);
    expect(by("card.updated").changes.start_at.to).toBe(day("04-05"));
  });
});
