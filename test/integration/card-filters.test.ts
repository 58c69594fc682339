import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { makeBoard, makeCard, makeList, makeTag } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

// One corpus, every term against it; CI runs this file on PGlite and on PostgreSQL.
let owner: TestUser;
let member: TestUser;
let boardId: string;
const day = 86_400_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

beforeAll(async () => {
  owner = await createUser({ name: "Olga Owner" });
  member = await createMember(owner.workspaceId, "member");
  const board = await makeBoard(owner, "Filters");
  boardId = board.id;
  const todo = await makeList(owner, board.id, "Todo");
  const review = await makeList(owner, board.id, "In review");
  const design = await makeTag(owner, board.id, "Design");
  const blocked = await makeTag(owner, board.id, "blocked");
  const other = await makeList(owner, (await makeBoard(owner, "Other")).id, "Todo");
  await makeCard(owner, todo.id, "Logo sketch", {
    tag_ids: [design.id],
    assignee_ids: [owner.id],
    due_at: at(3 * day),
    description: "A round logo",
  });
  await makeCard(owner, todo.id, "Fix login", { tag_ids: [blocked.id], assignee_ids: [member.id], due_at: at(-day) });
  await makeCard(owner, review.id, "Palette review", {
    tag_ids: [design.id, blocked.id],
    due_at: at(30 * day),
    description: "Colours 100% final_v2",
  });
  await makeCard(owner, review.id, "Ship release", { completed: true, due_at: at(-2 * day) });
  await makeCard(owner, other.id, "Other board card", { assignee_ids: [owner.id, member.id], description: "exact phrase here" });
  const archived = await makeCard(owner, todo.id, "Old logo");
  expect((await api("PATCH", `/v1/cards/${archived.id}`, { as: owner, body: { archived: true } })).status).toBe(200);
});

async function titles(q: string, extra = "", as: TestUser = owner): Promise<string[]> {
  const res = await api("GET", `/v1/cards?limit=100&q=${encodeURIComponent(q)}${extra}`, { as });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((c: { title: string }) => c.title).sort();
}

describe("GET /v1/cards?q=", () => {
  it.each([
    ["tag:design", ["Logo sketch", "Palette review"]],
    ["tag:DESIGN", ["Logo sketch", "Palette review"]],
    ["-tag:blocked", ["Logo sketch", "Other board card", "Ship release"]],
    ["NOT tag:blocked", ["Logo sketch", "Other board card", "Ship release"]],
    ["assignee:me", ["Logo sketch", "Other board card"]],
    ["assignee:none", ["Palette review", "Ship release"]],
    ["assignee:olga", []],
    ['assignee:"Olga Owner"', ["Logo sketch", "Other board card"]],
    ["due:<7d", ["Fix login", "Logo sketch", "Ship release"]],
    ["due:>7d", ["Palette review"]],
    ["due:overdue", ["Fix login"]],
    ["due:none", ["Other board card"]],
    ["is:open", ["Fix login", "Logo sketch", "Other board card", "Palette review"]],
    ["is:done", ["Ship release"]],
    ["is:archived", ["Old logo"]],
    ["is:archived OR tag:design", ["Logo sketch", "Old logo", "Palette review"]],
    ['list:"In review"', ["Palette review", "Ship release"]],
    ["list:todo", ["Fix login", "Logo sketch", "Other board card"]],
    ['"exact phrase"', ["Other board card"]],
    ["logo", ["Logo sketch"]],
    ["round logo", ["Logo sketch"]],
    ["100%", ["Palette review"]],
    ["final_v2", ["Palette review"]],
    ["1_0", []],
    ["tag:design OR assignee:none", ["Logo sketch", "Palette review", "Ship release"]],
    ["tag:design (is:done OR due:>7d)", ["Palette review"]],
    ["-(tag:design OR tag:blocked) is:open", ["Other board card"]],
    ["", ["Fix login", "Logo sketch", "Other board card", "Palette review", "Ship release"]],
  ])("%j", async (q, expected) => {
    expect(await titles(q)).toEqual(expected);
  });

  it("resolves me as the caller", async () => {
    expect(await titles("assignee:me", "", member)).toEqual(["Fix login", "Other board card"]);
  });

  it("ANDs q with the other filters and keeps paginating", async () => {
    expect(await titles("tag:design", `&board_id=${boardId}&completed=false`)).toEqual(["Logo sketch", "Palette review"]);
    expect(await titles("logo", "&archived=true")).toEqual(["Old logo"]);
    const first = await api("GET", `/v1/cards?limit=2&q=is:open`, { as: owner });
    expect(first.body.items).toHaveLength(2);
    const second = await api("GET", `/v1/cards?limit=2&q=is:open&cursor=${first.body.next_cursor}`, { as: owner });
    expect(second.body.items).toHaveLength(2);
    expect(second.body.next_cursor).toBeNull();
  });

  it("answers a bad query with 400 naming q and the position", async () => {
    const res = await api("GET", `/v1/cards?q=${encodeURIComponent("tag:x (is:open")}`, { as: owner });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: "invalid_request",
      details: [{ field: "q", message: 'Missing ")" for "(" at position 7 at position 15' }],
    });
    const unknown = await api("GET", `/v1/cards?q=${encodeURIComponent("priority:beta colour:red")}`, { as: owner });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.map((d: { message: string }) => d.message)).toEqual([
      expect.stringMatching(/^Unknown filter "priority:" .* at position 1$/),
      expect.stringMatching(/^Unknown filter "colour:" .* at position 15$/),
    ]);
  });
});
