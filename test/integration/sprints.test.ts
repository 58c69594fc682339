import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { actorOf, eventsOf, makeBoard, makeCard, makeList, snapshotContent } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";
import { deliveries } from "./planning-kit";

let owner: TestUser;

beforeAll(async () => {
  owner = await createUser({ name: "Sam Sprint" });
});

const makeSprint = async (boardId: string, body: Record<string, unknown> = {}, as = owner) => {
  const res = await api("POST", "/v1/sprints", { as, body: { board_id: boardId, name: "Sprint", ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};
const act = (id: string, action: string, body?: unknown, as = owner) => api("POST", `/v1/sprints/${id}/${action}`, { as, body });
const actOk = async (id: string, action: string, body?: unknown, as = owner) => {
  const res = await act(id, action, body, as);
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
};

const ACTIONS = ["plan", "activate", "start_review", "complete", "pause", "resume"] as const;
/** How to reach each status from draft, and the actions each status allows (the lifecycle by hand). */
const PATHS: Record<string, string[]> = {
  draft: [],
  planned: ["plan"],
  active: ["plan", "activate"],
  review: ["plan", "activate", "start_review"],
  completed: ["plan", "activate", "complete"],
  paused: ["plan", "activate", "pause"],
};
const ALLOWED: Record<string, Record<string, string>> = {
  draft: { plan: "planned" },
  planned: { activate: "active" },
  active: { start_review: "review", complete: "completed", pause: "paused" },
  review: { complete: "completed" },
  completed: {},
  paused: { resume: "active" },
};

describe("/v1/sprints", () => {
  it("creates, lists, gets, edits and deletes a sprint, with sprint.created, sprint.updated and sprint.deleted", async () => {
    const board = await makeBoard(owner);
    const created = await api("POST", "/v1/sprints", {
      as: owner,
      body: { board_id: board.id, name: " Sprint 1 ", goal: "Ship it", start_date: "2026-03-02", end_date: "2026-03-13", capacity: 30 },
    });
    expect(created.status).toBe(201);
    const sprint = created.body;
    expect(sprint).toMatchObject({
      board_id: board.id,
      name: "Sprint 1",
      goal: "Ship it",
      start_date: "2026-03-02",
      end_date: "2026-03-13",
      capacity: 30,
      capacity_unit: "points",
      status: "draft",
      allowed_actions: ["plan"],
      progress: { cards_total: 0, cards_done: 0, points_total: 0, points_done: 0 },
      goal_achieved: null,
      snapshot: null,
    });
    expect(sprint.id).toMatch(/^spr_[0-9a-z]{26}$/);
    expect((await api("GET", `/v1/sprints/${sprint.id}`, { as: owner })).body).toEqual(sprint);
    const other = await makeSprint(board.id, { name: "Sprint 2" });
    expect((await api("GET", `/v1/sprints?board_id=${board.id}`, { as: owner })).body.items.map((s: any) => s.id)).toEqual([
      other.id,
      sprint.id,
    ]);
    const edited = await api("PATCH", `/v1/sprints/${sprint.id}`, {
      as: owner,
      body: { capacity: 40, capacity_unit: "hours", goal: "Ship" },
    });
    expect(edited.body).toMatchObject({ capacity: 40, capacity_unit: "hours", goal: "Ship" });
    const bad = await api("PATCH", `/v1/sprints/${sprint.id}`, { as: owner, body: { end_date: "2026-03-01" } });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe("end_date");
    expect((await api("PATCH", `/v1/sprints/${sprint.id}`, { as: owner, body: { status: "active" } })).status).toBe(400);

    const list = await makeList(owner, board.id);
    const card = await makeCard(owner, list.id, "In sprint", { sprint_id: sprint.id, estimate: 3 });
    expect(card).toMatchObject({ sprint_id: sprint.id, estimate: 3 });
    const start = (await eventsOf(board.id)).length;
    expect((await api("DELETE", `/v1/sprints/${sprint.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/sprints/${sprint.id}`, { as: owner })).status).toBe(404);
    const after = (await api("GET", `/v1/cards/${card.id}`, { as: owner })).body;
    expect(after.sprint_id).toBeNull();
    const recorded = (await eventsOf(board.id)).slice(start);
    expect(recorded.map((e) => e.type)).toEqual(["sprint.deleted", "card.sprint_changed"]);
    expect(recorded[0].data).toMatchObject({ id: sprint.id, progress: { cards_total: 1, points_total: 3 } });
    expect(recorded[1].data).toEqual({ ...after, previous_sprint_id: sprint.id });

    const all = (await eventsOf(board.id)).filter((e) => e.type.startsWith("sprint."));
    expect(all.map((e) => e.type)).toEqual(["sprint.created", "sprint.created", "sprint.updated", "sprint.deleted"]);
    expect(all[0]).toMatchObject({ actor: actorOf(owner), data: sprint });
    expect(all[2].changes).toEqual({
      goal: { from: "Ship it", to: "Ship" },
      capacity: { from: 30, to: 40 },
      capacity_unit: { from: "points", to: "hours" },
    });
  });

  describe("the lifecycle: every action from every status", () => {
    for (const [status, path] of Object.entries(PATHS)) {
      for (const action of ACTIONS) {
        const to = ALLOWED[status][action];
        it(`${status} → ${action}: ${to ? `allowed, to ${to}` : "409 naming the allowed actions"}`, async () => {
          const board = await makeBoard(owner);
          const sprint = await makeSprint(board.id);
          let current = sprint;
          for (const step of path) current = await actOk(sprint.id, step);
          expect(current.status).toBe(status);
          expect(current.allowed_actions).toEqual(ACTIONS.filter((a) => ALLOWED[status][a]));
          const before = await snapshotContent();
          const res = await act(sprint.id, action);
          if (to) {
            expect(res.status).toBe(200);
            expect(res.body.status).toBe(to);
            const [last] = (await eventsOf(board.id)).slice(-1);
            const type =
              action === "plan"
                ? "sprint.updated"
                : {
                    activate: "sprint.activated",
                    start_review: "sprint.review_started",
                    complete: "sprint.completed",
                    pause: "sprint.paused",
                    resume: "sprint.resumed",
                  }[action];
            expect(last).toMatchObject({ type, actor: actorOf(owner), data: res.body });
            if (action === "plan") expect(last.changes).toMatchObject({ status: { from: "draft", to: "planned" } });
          } else {
            expect(res.status).toBe(409);
            expect(res.body.error).toBe("conflict");
            const allowed = Object.keys(ALLOWED[status]);
            expect(res.body.message).toContain(`Allowed from ${status}:`);
            for (const a of allowed) expect(res.body.message).toContain(a);
            expect(res.body.details.map((d: any) => d.message.split(" ")[0])).toEqual(ACTIONS.filter((a) => allowed.includes(a)));
            expect(await snapshotContent()).toEqual(before);
            expect((await api("GET", `/v1/sprints/${sprint.id}`, { as: owner })).body.status).toBe(status);
          }
        });
      }
    }
  });

  it("keeps at most one active sprint per board: activate and resume are refused (409), racing activations let one through", async () => {
    const board = await makeBoard(owner);
    const [a, b, c] = [await makeSprint(board.id), await makeSprint(board.id), await makeSprint(board.id)];
    for (const s of [a, b, c]) await actOk(s.id, "plan");
    await actOk(a.id, "activate");
    const refused = await act(b.id, "activate");
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain("already has an active sprint");
    await actOk(a.id, "pause");
    await actOk(b.id, "activate");
    expect((await act(a.id, "resume")).status).toBe(409);
    await actOk(b.id, "complete", { unfinished: "backlog" });
    await actOk(a.id, "resume");
    // Another board's active sprint does not count.
    const elsewhere = await makeSprint((await makeBoard(owner)).id);
    await actOk(elsewhere.id, "plan");
    await actOk(elsewhere.id, "activate");
    await actOk(a.id, "complete", { unfinished: "backlog" });
    // Racing: the index lets exactly one through.
    const racers = [c, await makeSprint(board.id), await makeSprint(board.id)];
    for (const s of racers.slice(1)) await actOk(s.id, "plan");
    const results = await Promise.all(racers.map((s) => act(s.id, "activate")));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const active = await api("GET", `/v1/sprints?board_id=${board.id}&status=active`, { as: owner });
    expect(active.body.items).toHaveLength(1);
  });

  it("plans cards into sprints: card.sprint_changed with the previous sprint, estimate as card.updated, progress computed", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const one = await makeSprint(board.id);
    const two = await makeSprint(board.id);
    const card = await makeCard(owner, list.id, "Plan me");
    const done = await makeCard(owner, list.id, "Done", { sprint_id: one.id, estimate: 2, completed: true });
    const start = (await eventsOf(board.id)).length;
    const into = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { sprint_id: one.id, estimate: 5 } });
    expect(into.body).toMatchObject({ sprint_id: one.id, estimate: 5 });
    const between = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { sprint_id: two.id } });
    const back = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { sprint_id: null } });
    const recorded = (await eventsOf(board.id)).slice(start);
    expect(recorded.map((e) => e.type)).toEqual(["card.updated", "card.sprint_changed", "card.sprint_changed", "card.sprint_changed"]);
    expect(recorded[0].changes).toEqual({ estimate: { from: null, to: 5 } });
    expect(recorded[1].data).toEqual({ ...into.body, previous_sprint_id: null });
    expect(recorded[2].data).toEqual({ ...between.body, previous_sprint_id: one.id });
    expect(recorded[3].data).toEqual({ ...back.body, previous_sprint_id: two.id });
    await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { sprint_id: one.id } });
    expect((await api("GET", `/v1/sprints/${one.id}`, { as: owner })).body.progress).toEqual({
      cards_total: 2,
      cards_done: 1,
      points_total: 7,
      points_done: 2,
    });
    const backlog = await api("GET", `/v1/cards?board_id=${board.id}&backlog=true`, { as: owner });
    expect(backlog.body.items).toEqual([]);
    const inOne = await api("GET", `/v1/cards?sprint_id=${one.id}`, { as: owner });
    expect(inOne.body.items.map((c: any) => c.id).sort()).toEqual([card.id, done.id].sort());
  });

  it("refuses a sprint of another board, a completed sprint and a bad estimate (400), changing nothing", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const card = await makeCard(owner, list.id);
    const elsewhere = await makeSprint((await makeBoard(owner)).id);
    const finished = await makeSprint(board.id);
    for (const step of ["plan", "activate", "complete"]) await actOk(finished.id, step);
    const before = await snapshotContent();
    for (const [body, field] of [
      [{ sprint_id: elsewhere.id }, "sprint_id"],
      [{ sprint_id: finished.id }, "sprint_id"],
      [{ sprint_id: "ms_00000000000000000000000000" }, "sprint_id"],
      [{ estimate: -1 }, "estimate"],
      [{ estimate: "3" }, "estimate"],
    ] as const) {
      const res = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.details[0].field).toBe(field);
    }
    expect((await api("POST", "/v1/cards", { as: owner, body: { list_id: list.id, title: "x", sprint_id: finished.id } })).status).toBe(
      400,
    );
    expect(await snapshotContent()).toEqual(before);
  });

  describe("completion with carry-over", () => {
    async function activeSprintWithCards() {
      const board = await makeBoard(owner);
      const list = await makeList(owner, board.id);
      const sprint = await makeSprint(board.id, { name: "Current", start_date: "2026-03-02", end_date: "2026-03-13" });
      const done = await makeCard(owner, list.id, "Done", { sprint_id: sprint.id, estimate: 3 });
      const open1 = await makeCard(owner, list.id, "Open 1", { sprint_id: sprint.id, estimate: 5 });
      const open2 = await makeCard(owner, list.id, "Open 2", { sprint_id: sprint.id });
      await actOk(sprint.id, "plan");
      await actOk(sprint.id, "activate");
      await api("PATCH", `/v1/cards/${done.id}`, { as: owner, body: { completed: true } });
      return { board, list, sprint, done, open: [open1, open2] };
    }

    it("moves unfinished cards to the board's earliest next sprint by default, storing the snapshot and goal_achieved", async () => {
      const { board, sprint, done, open } = await activeSprintWithCards();
      const later = await makeSprint(board.id, { name: "Later", start_date: "2026-04-01" });
      const next = await makeSprint(board.id, { name: "Next", start_date: "2026-03-16" });
      const start = (await eventsOf(board.id)).length;
      const completed = await actOk(sprint.id, "complete");
      expect(completed).toMatchObject({
        status: "completed",
        allowed_actions: [],
        goal_achieved: false,
        snapshot: {
          committed_cards: 3,
          committed_points: 8,
          completed_cards: 1,
          completed_points: 3,
          carried_over_cards: 2,
          carried_over_points: 5,
          carried_over_card_ids: open.map((c) => c.id).sort(),
          carried_over_to: next.id,
        },
        progress: { cards_total: 1, cards_done: 1, points_total: 3, points_done: 3 },
      });
      expect(completed.completed_at).not.toBeNull();
      for (const c of open) expect((await api("GET", `/v1/cards/${c.id}`, { as: owner })).body.sprint_id).toBe(next.id);
      expect((await api("GET", `/v1/cards/${done.id}`, { as: owner })).body.sprint_id).toBe(sprint.id);
      expect((await api("GET", `/v1/sprints/${later.id}`, { as: owner })).body.progress.cards_total).toBe(0);
      const recorded = (await eventsOf(board.id)).slice(start);
      expect(recorded.map((e) => e.type)).toEqual(["sprint.completed", "card.sprint_changed", "card.sprint_changed"]);
      expect(recorded[0].data).toEqual(completed);
      for (const e of recorded.slice(1)) expect(e.data).toMatchObject({ sprint_id: next.id, previous_sprint_id: sprint.id });
    });

    it("moves them to a named next sprint, or to the backlog; goal_achieved may be given", async () => {
      const a = await activeSprintWithCards();
      const first = await makeSprint(a.board.id, { start_date: "2026-03-16" });
      const chosen = await makeSprint(a.board.id, { start_date: "2026-04-16" });
      const res = await actOk(a.sprint.id, "complete", { next_sprint_id: chosen.id, goal_achieved: true });
      expect(res).toMatchObject({ goal_achieved: true, snapshot: { carried_over_to: chosen.id } });
      expect((await api("GET", `/v1/sprints/${chosen.id}`, { as: owner })).body.progress.cards_total).toBe(2);
      expect((await api("GET", `/v1/sprints/${first.id}`, { as: owner })).body.progress.cards_total).toBe(0);

      const b = await activeSprintWithCards();
      await makeSprint(b.board.id);
      await actOk(b.sprint.id, "start_review");
      const toBacklog = await actOk(b.sprint.id, "complete", { unfinished: "backlog" });
      expect(toBacklog.snapshot).toMatchObject({ carried_over_cards: 2, carried_over_to: null });
      for (const c of b.open) expect((await api("GET", `/v1/cards/${c.id}`, { as: owner })).body.sprint_id).toBeNull();
    });

    it("refuses next_sprint when the board has none (409), a bad next sprint (400), and completing twice (409)", async () => {
      const { board, sprint } = await activeSprintWithCards();
      const foreign = await makeSprint((await makeBoard(owner)).id);
      const before = await snapshotContent();
      const none = await act(sprint.id, "complete", { unfinished: "next_sprint" });
      expect(none.status).toBe(409);
      const bad = await act(sprint.id, "complete", { next_sprint_id: foreign.id });
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].field).toBe("next_sprint_id");
      expect((await act(sprint.id, "complete", { unfinished: "backlog", next_sprint_id: foreign.id })).status).toBe(400);
      expect((await act(sprint.id, "complete", { unfinished: "later" })).status).toBe(400);
      expect(await snapshotContent()).toEqual(before);
      // Without a next sprint the default is the backlog.
      const done = await actOk(sprint.id, "complete");
      expect(done).toMatchObject({ goal_achieved: false, snapshot: { carried_over_to: null, carried_over_cards: 2 } });
      const again = await act(sprint.id, "complete");
      expect(again.status).toBe(409);
      expect(again.body.message).toContain("none");
      expect((await api("GET", `/v1/sprints?board_id=${board.id}&status=completed`, { as: owner })).body.items).toEqual([done]);
    });
  });

  it("generates the next sprints on a cadence, back to back after the last one, with actor null", async () => {
    const board = await makeBoard(owner);
    await makeSprint(board.id, { name: "Sprint 1", start_date: "2026-01-05", end_date: "2026-01-16" });
    const start = (await eventsOf(board.id)).length;
    const res = await api("POST", "/v1/sprints/generate", {
      as: owner,
      body: { board_id: board.id, count: 3, length_days: 14, capacity: 20 },
    });
    expect(res.status).toBe(201);
    expect(res.body.items.map((s: any) => [s.name, s.start_date, s.end_date, s.status, s.capacity])).toEqual([
      ["Sprint 2", "2026-01-17", "2026-01-30", "draft", 20],
      ["Sprint 3", "2026-01-31", "2026-02-13", "draft", 20],
      ["Sprint 4", "2026-02-14", "2026-02-27", "draft", 20],
    ]);
    const recorded = (await eventsOf(board.id)).slice(start);
    expect(recorded.map((e) => [e.type, e.actor, e.actorId])).toEqual(Array(3).fill(["sprint.created", null, null]));
    expect(recorded.map((e) => e.data)).toEqual(res.body.items);
    const named = await api("POST", "/v1/sprints/generate", {
      as: owner,
      body: { board_id: board.id, count: 1, length_days: 7, start_date: "2026-06-01", name_prefix: "Week" },
    });
    expect(named.body.items[0]).toMatchObject({ name: "Week 5", start_date: "2026-06-01", end_date: "2026-06-07" });
    const bad = await api("POST", "/v1/sprints/generate", { as: owner, body: { board_id: board.id, count: 0, length_days: 100 } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: any) => d.field).sort()).toEqual(["count", "length_days"]);
  });

  it("keeps workspaces apart and lets viewers read only", async () => {
    const stranger = await createUser();
    const board = await makeBoard(owner);
    const sprint = await makeSprint(board.id);
    for (const [method, path, body] of [
      ["GET", `/v1/sprints/${sprint.id}`],
      ["PATCH", `/v1/sprints/${sprint.id}`, { name: "x" }],
      ["DELETE", `/v1/sprints/${sprint.id}`],
      ["POST", `/v1/sprints/${sprint.id}/plan`],
      ["POST", `/v1/sprints/${sprint.id}/complete`],
    ] as const) {
      expect((await api(method, path, { as: stranger, body })).status, `${method} ${path}`).toBe(404);
    }
    expect((await api("GET", `/v1/sprints?board_id=${board.id}`, { as: stranger })).body.items).toEqual([]);
    const viewer = await createMember(owner.workspaceId, "viewer");
    expect((await api("GET", `/v1/sprints/${sprint.id}`, { as: viewer })).status).toBe(200);
    expect((await act(sprint.id, "plan", undefined, viewer)).status).toBe(403);
  });

  it("delivers all eight sprint events and card.sprint_changed to a webhook, lifecycle events with the sprint after the transition", async () => {
    const user = await createUser();
    const board = await makeBoard(user);
    const list = await makeList(user, board.id);
    const card = await makeCard(user, list.id);
    const results: Record<string, any> = {};
    const types = [
      "sprint.created",
      "sprint.updated",
      "sprint.activated",
      "sprint.review_started",
      "sprint.completed",
      "sprint.paused",
      "sprint.resumed",
      "sprint.deleted",
      "card.sprint_changed",
    ];
    const bodies = await deliveries(user, types, 11, async () => {
      const sprint = await makeSprint(board.id, {}, user);
      await api("PATCH", `/v1/cards/${card.id}`, { as: user, body: { sprint_id: sprint.id } }); // card.sprint_changed
      results.planned = await actOk(sprint.id, "plan", undefined, user); // sprint.updated
      results.activated = await actOk(sprint.id, "activate", undefined, user);
      results.paused = await actOk(sprint.id, "pause", undefined, user);
      results.resumed = await actOk(sprint.id, "resume", undefined, user);
      results.review = await actOk(sprint.id, "start_review", undefined, user);
      results.completed = await actOk(sprint.id, "complete", { unfinished: "backlog" }, user); // + card.sprint_changed
      const doomed = await makeSprint(board.id, {}, user); // sprint.created
      await api("DELETE", `/v1/sprints/${doomed.id}`, { as: user });
    });
    const byType = (t: string) => bodies.filter((b) => b.event === t);
    expect([...new Set(bodies.map((b) => b.event))].sort()).toEqual([...types].sort());
    expect(byType("sprint.activated")[0].data).toEqual(results.activated);
    expect(byType("sprint.paused")[0].data).toEqual(results.paused);
    expect(byType("sprint.resumed")[0].data).toEqual(results.resumed);
    expect(byType("sprint.review_started")[0].data).toEqual(results.review);
    expect(byType("sprint.completed")[0].data).toEqual(results.completed);
    expect(byType("sprint.updated")[0]).toMatchObject({ data: results.planned, changes: { status: { from: "draft", to: "planned" } } });
    expect(byType("card.sprint_changed").map((b) => [b.data.previous_sprint_id, b.data.sprint_id])).toEqual(
      expect.arrayContaining([
        [null, results.planned.id],
        [results.planned.id, null],
      ]),
    );
  });
});
