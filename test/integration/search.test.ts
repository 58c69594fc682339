import { beforeAll, describe, expect, it } from "vitest";
import { api, type As } from "../support/api";
import { makeBoard, makeCard, makeList, makeTag } from "../support/board-content";
import { createUser, type TestUser } from "../support/factories";

// CI runs this file on PGlite (its pg_trgm extension) and on PostgreSQL: same results on both.
let owner: TestUser;
let stranger: TestUser;
let boardA: string;
let boardB: string;
const ids: Record<string, string> = {};

async function post(path: string, body: Record<string, unknown>, as: As = owner) {
  const res = await api("POST", path, { as, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  owner = await createUser();
  stranger = await createUser();
  boardA = (await makeBoard(owner, "Alpha")).id;
  boardB = (await makeBoard(owner, "Beta")).id;
  const listA = (await makeList(owner, boardA, "Todo")).id;
  const listB = (await makeList(owner, boardB, "Doing")).id;
  const urgent = await makeTag(owner, boardA, "urgent");
  ids.title = (await makeCard(owner, listA, "Invoice template", { tag_ids: [urgent.id] })).id;
  ids.description = (await makeCard(owner, listA, "Billing page", { description: "Show the latest invoice and its total." })).id;
  ids.comment = (await makeCard(owner, listB, "Customer call")).id;
  await post("/v1/comments", { card_id: ids.comment, body: "They asked where the invoice went, and about the pelican logo." });
  ids.checklist = (await makeCard(owner, listB, "Month end")).id;
  await post("/v1/checklists", { card_id: ids.checklist, title: "Steps", items: [{ text: "Send each invoice" }, { text: "Close books" }] });
  ids.typo = (await makeCard(owner, listB, "Kubernetes upgrade")).id;
  ids.archived = (await makeCard(owner, listA, "Invoice archive")).id;
  expect((await api("PATCH", `/v1/cards/${ids.archived}`, { as: owner, body: { archived: true } })).status).toBe(200);
  // Another workspace's card with the same words is never found.
  const otherList = (await makeList(stranger, (await makeBoard(stranger, "Theirs")).id, "Todo")).id;
  await makeCard(stranger, otherList, "Invoice of another workspace");
});

async function search(query: Record<string, string>, as: As = owner) {
  const res = await api("GET", `/v1/search?${new URLSearchParams(query)}`, { as });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: any[]; next_cursor: string | null };
}

const marked = (segments: { text: string; highlight: boolean }[]) => segments.map((s) => (s.highlight ? `[${s.text}]` : s.text)).join("");

describe("GET /v1/search", () => {
  it("ranks title above description above comments above checklist items", async () => {
    const { items } = await search({ q: "invoice" });
    expect(items.map((h) => h.card.id)).toEqual([ids.title, ids.description, ids.comment, ids.checklist]);
    expect(items.map((h) => h.matched_in)).toEqual([["title"], ["description"], ["comments"], ["checklist_items"]]);
    expect(items[0]).toMatchObject({ board_name: "Alpha", list_name: "Todo", snippet: null });
    expect(items[0].card.tag_ids).toHaveLength(1);
  });

  it("marks the matched words in titles and snippets", async () => {
    const { items } = await search({ q: "invoice" });
    expect(marked(items[0].title)).toBe("[Invoice] template");
    expect(items[1].snippet.source).toBe("description");
    expect(marked(items[1].snippet.text)).toBe("Show the latest [invoice] and its total");
    expect(items[2].snippet.source).toBe("comment");
    expect(marked(items[2].snippet.text)).toContain("where the [invoice] went");
    expect(items[3].snippet).toMatchObject({ source: "checklist_item" });
    expect(marked(items[3].snippet.text)).toBe("Send each [invoice]");
  });

  it("matches prefixes and every word", async () => {
    expect((await search({ q: "invo" })).items).toHaveLength(4);
    expect((await search({ q: "pelican logo" })).items.map((h) => h.card.id)).toEqual([ids.comment]);
    expect((await search({ q: "pelican billing" })).items).toEqual([]);
  });

  it("tolerates typos in titles", async () => {
    const { items } = await search({ q: "kubernets" });
    expect(items.map((h) => h.card.id)).toEqual([ids.typo]);
    expect(items[0].matched_in).toEqual([]);
    expect((await search({ q: "kbrnts" })).items).toEqual([]);
  });

  it("narrows to a board and refines with the filter language", async () => {
    expect((await search({ q: "invoice", board_id: boardB })).items.map((h) => h.card.id)).toEqual([ids.comment, ids.checklist]);
    expect((await search({ q: "invoice", filter: "tag:urgent" })).items.map((h) => h.card.id)).toEqual([ids.title]);
    expect((await search({ q: "invoice", filter: "is:archived" })).items.map((h) => h.card.id)).toEqual([ids.archived]);
    const bad = await api("GET", `/v1/search?q=invoice&filter=${encodeURIComponent("tag:(x")}`, { as: owner });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe("filter");
  });

  it("keeps a board-restricted token to its boards, and every caller to their workspace", async () => {
    const token = (await post("/v1/tokens", { name: "restricted", scope: "read", board_ids: [boardA] })).token as string;
    expect((await search({ q: "invoice" }, { token })).items.map((h) => h.card.id)).toEqual([ids.title, ids.description]);
    expect((await api("GET", `/v1/search?q=invoice&board_id=${boardB}`, { as: { token } })).status).toBe(403);
    expect((await search({ q: "invoice" }, stranger)).items.map((h) => h.card.title)).toEqual(["Invoice of another workspace"]);
  });

  it("pages by rank", async () => {
    const first = await search({ q: "invoice", limit: "3" });
    expect(first.items).toHaveLength(3);
    const second = await search({ q: "invoice", limit: "3", cursor: first.next_cursor! });
    expect(second.items.map((h) => h.card.id)).toEqual([ids.checklist]);
    expect(second.next_cursor).toBeNull();
    expect((await api("GET", "/v1/search?q=x&cursor=nope", { as: owner })).status).toBe(400);
  });

  it("answers queries without words with no hits, and refuses an empty q", async () => {
    expect((await search({ q: "!!! ***" })).items).toEqual([]);
    expect((await search({ q: "' & | :* (" })).items).toEqual([]);
    expect((await api("GET", "/v1/search?q=%20", { as: owner })).status).toBe(400);
  });
});

describe("custom field text in search", () => {
  it("finds a card by a word of a text or URL custom field value, ranked after checklist items, with a snippet", async () => {
    const owner = await createUser();
    const board = await api("POST", "/v1/boards", { as: owner, body: { name: "Fielded" } });
    const list = await api("POST", "/v1/lists", { as: owner, body: { board_id: board.body.id, name: "Todo" } });
    const notes = await api("POST", "/v1/xattr", { as: owner, body: { board_id: board.body.id, name: "Notes", type: "text" } });
    const estimate = await api("POST", "/v1/xattr", { as: owner, body: { board_id: board.body.id, name: "Estimate", type: "number" } });
    const card = await api("POST", "/v1/cards", {
      as: owner,
      body: {
        list_id: list.body.id,
        title: "Quarterly",
        fields: { [notes.body.id]: "Ask the auditors about zeppelin leases", [estimate.body.id]: 42 },
      },
    });
    const titled = await api("POST", "/v1/cards", { as: owner, body: { list_id: list.body.id, title: "Zeppelin hangar" } });
    const res = await api("GET", `/v1/search?q=zeppelin`, { as: owner });
    expect(res.status).toBe(200);
    expect(res.body.items.map((h: { card: { id: string } }) => h.card.id)).toEqual([titled.body.id, card.body.id]);
    expect(res.body.items[1].matched_in).toEqual(["custom_fields"]);
    expect(res.body.items[1].snippet.source).toBe("custom_field");
    expect(JSON.stringify(res.body.items[1].snippet.text)).toContain("zeppelin");
    // Numbers are not text: 42 finds nothing.
    expect((await api("GET", `/v1/search?q=42`, { as: owner })).body.items).toEqual([]);
    // Another workspace does not see it.
    expect((await api("GET", `/v1/search?q=zeppelin`, { as: await createUser() })).body.items).toEqual([]);
  });
});
