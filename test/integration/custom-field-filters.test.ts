import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { makeBoard, makeCard, makeList } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

// One corpus, every field.* term of the filter language against it; CI runs this file on PGlite and PostgreSQL.
let owner: TestUser;
let member: TestUser;
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  owner = await createUser({ name: "Olga Owner" });
  member = await createMember(owner.workspaceId, "member");
  const define = async (boardId: string, body: Record<string, unknown>) => {
    const res = await api("POST", "/v1/xattr", { as: owner, body: { board_id: boardId, ...body } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const board = await makeBoard(owner, "Fields");
  const list = await makeList(owner, board.id, "Todo");
  const priority = await define(board.id, { name: "Priority", type: "select", options: [{ name: "High" }, { name: "Low" }] });
  const areas = await define(board.id, { name: "Areas", type: "multi_select", options: [{ name: "API" }, { name: "UI" }] });
  const estimate = await define(board.id, { name: "Story points", type: "number" });
  const launch = await define(board.id, { name: "Launch", type: "date" });
  const signed = await define(board.id, { name: "Signed off", type: "checkbox" });
  const reviewer = await define(board.id, { name: "Reviewer", type: "user" });
  const notes = await define(board.id, { name: "Notes", type: "text" });
  const spec = await define(board.id, { name: "Spec", type: "url" });
  const [high, low] = priority.options.map((o: { id: string }) => o.id);
  const [api_, ui] = areas.options.map((o: { id: string }) => o.id);
  const card = (title: string, fields: Record<string, unknown>) => makeCard(owner, list.id, title, { fields });
  await card("Alpha", {
    [priority.id]: high,
    [areas.id]: [api_, ui],
    [estimate.id]: 5,
    [launch.id]: inDays(3),
    [signed.id]: true,
    [reviewer.id]: owner.id,
    [notes.id]: "Needs 100% review",
    [spec.id]: "https://example.com/alpha",
  });
  await card("Beta", { [priority.id]: low, [areas.id]: [ui], [estimate.id]: 2.5, [launch.id]: inDays(30), [reviewer.id]: member.id });
  await card("Gamma", { [estimate.id]: 13, [launch.id]: "2026-01-15" });
  await card("Delta", {});
  // Another board defines a field of the same name: one query covers both.
  const other = await makeBoard(owner, "Other");
  const otherPriority = await define(other.id, { name: "priority", type: "select", options: [{ name: "High" }] });
  await makeCard(owner, (await makeList(owner, other.id, "Todo")).id, "Elsewhere", {
    fields: { [otherPriority.id]: otherPriority.options[0].id },
  });
});

async function titles(q: string): Promise<string[]> {
  const res = await api("GET", `/v1/cards?limit=100&q=${encodeURIComponent(q)}`, { as: owner });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((c: { title: string }) => c.title).sort();
}

describe("field.<name>: terms", () => {
  it.each([
    ["field.priority:high", ["Alpha", "Elsewhere"]],
    ["field.Priority:LOW", ["Beta"]],
    ["field.priority:none", ["Delta", "Gamma"]],
    ["field.priority:any", ["Alpha", "Beta", "Elsewhere"]],
    ["-field.priority:high", ["Beta", "Delta", "Gamma"]],
    ["field.areas:ui", ["Alpha", "Beta"]],
    ["field.areas:api", ["Alpha"]],
    ["field.story_points:>3", ["Alpha", "Gamma"]],
    ["field.story-points:<=2.5", ["Beta"]],
    ["field.story_points:5", ["Alpha"]],
    ["field.story_points:<0", []],
    ["field.launch:<7d", ["Alpha", "Gamma"]],
    ["field.launch:>=7d", ["Beta"]],
    ["field.launch:2026-01-15", ["Gamma"]],
    ["field.launch:<2026-02-01", ["Gamma"]],
    [`field.launch:>${today()}`, ["Alpha", "Beta"]],
    ["field.signed_off:yes", ["Alpha"]],
    ["field.signed_off:false", ["Beta", "Delta", "Elsewhere", "Gamma"]],
    ["field.reviewer:me", ["Alpha"]],
    ["field.reviewer:none", ["Delta", "Elsewhere", "Gamma"]],
    ["field.notes:100%", ["Alpha"]],
    ["field.notes:review", ["Alpha"]],
    ["field.spec:example.com", ["Alpha"]],
    ["field.priority:high OR field.story_points:>10", ["Alpha", "Elsewhere", "Gamma"]],
    ["(field.areas:ui field.priority:low) OR field.launch:2026-01-15", ["Beta", "Gamma"]],
    ["field.nonexistent:x", []],
  ])("%s", async (q, expected) => {
    expect(await titles(q)).toEqual(expected);
  });

  it("matches a user field by a member's email or name", async () => {
    expect(await titles(`field.reviewer:${member.email}`)).toEqual(["Beta"]);
    expect(await titles(`field.reviewer:"Olga Owner"`)).toEqual(["Alpha"]);
  });

  it("refuses comparisons a field value cannot make, with the position", async () => {
    const res = await api("GET", `/v1/cards?q=${encodeURIComponent("tag:x field.priority:>high")}`, { as: owner });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toEqual({
      field: "q",
      message: "field.priority:>high compares with a number or a date (such as >3, <2026-12-31 or <7d) at position 7",
    });
  });
});
