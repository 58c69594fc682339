import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { makeBoard, makeCard, makeList } from "../support/board-content";
import { createUser, type TestUser } from "../support/factories";

// milestone: and sprint: in the filter language, against one corpus; CI runs it on PGlite and PostgreSQL.
let owner: TestUser;

beforeAll(async () => {
  owner = await createUser();
  const board = await makeBoard(owner, "Plan");
  const list = await makeList(owner, board.id, "Todo");
  const ok = async (path: string, body: Record<string, unknown> = {}) => {
    const res = await api("POST", path, { as: owner, body });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    return res.body;
  };
  const beta = await ok("/v1/milestones", { board_id: board.id, name: "Beta" });
  const launch = await ok("/v1/milestones", { board_id: board.id, name: "Public launch" });
  const one = await ok("/v1/sprints", { board_id: board.id, name: "Sprint 1" });
  const two = await ok("/v1/sprints", { board_id: board.id, name: "Sprint 2" });
  await ok(`/v1/sprints/${one.id}/plan`);
  await ok(`/v1/sprints/${one.id}/activate`);
  await makeCard(owner, list.id, "Login", { milestone_id: beta.id, sprint_id: one.id });
  await makeCard(owner, list.id, "Pricing", { milestone_id: launch.id, sprint_id: two.id });
  await makeCard(owner, list.id, "Press", { milestone_id: launch.id });
  await makeCard(owner, list.id, "Someday");
});

const titles = async (q: string) => {
  const res = await api("GET", `/v1/cards?limit=100&q=${encodeURIComponent(q)}`, { as: owner });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((c: { title: string }) => c.title).sort();
};

describe("milestone: and sprint: terms", () => {
  it.each([
    ["milestone:beta", ["Login"]],
    ['milestone:"Public launch"', ["Press", "Pricing"]],
    ["milestone:none", ["Someday"]],
    ["-milestone:none", ["Login", "Press", "Pricing"]],
    ['sprint:"sprint 2"', ["Pricing"]],
    ["sprint:active", ["Login"]],
    ["sprint:none", ["Press", "Someday"]],
    ['milestone:"Public launch" sprint:none', ["Press"]],
    ["milestone:gamma", []],
  ])("%s", async (q, expected) => {
    expect(await titles(q)).toEqual(expected);
  });
});
