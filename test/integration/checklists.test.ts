import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { checklistItems, checklists, events } from "@/db/schema";
import { api, type As } from "../support/api";
import { insertCard } from "../support/board-content";
import { createUser, type TestUser } from "../support/factories";

const createCard = insertCard;

async function eventsOf(boardId: string) {
  const db = await getDb();
  return (await db.select().from(events).where(eq(events.boardId, boardId)).orderBy(events.id)).filter((e) =>
    e.type.startsWith("checklist."),
  );
}

const actorOf = (u: TestUser) => ({ id: u.id, name: u.name, email: u.email });
const texts = (checklist: { items: { text: string; position: number }[] }) => checklist.items.map((i) => `${i.position}:${i.text}`);

describe("/v1/checklists", () => {
  it("creates a checklist with items, lists, gets, renames and deletes it", async () => {
    const owner = await createUser();
    const card = await createCard(owner);
    const made = await api("POST", "/v1/checklists", {
      as: owner,
      body: { card_id: card.id, title: " Release ", items: [{ text: "Build" }, { text: "Ship", completed: true }] },
    });
    expect(made.status).toBe(201);
    const checklist = made.body;
    expect(checklist).toEqual({
      id: expect.stringMatching(/^chk_[0-9a-z]{26}$/),
      card_id: card.id,
      title: "Release",
      items: [
        {
          id: expect.stringMatching(/^chki_/),
          checklist_id: checklist.id,
          card_id: card.id,
          text: "Build",
          completed: false,
          completed_at: null,
          position: 0,
        },
        {
          id: expect.stringMatching(/^chki_/),
          checklist_id: checklist.id,
          card_id: card.id,
          text: "Ship",
          completed: true,
          completed_at: expect.any(String),
          position: 1,
        },
      ],
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect((await api("GET", `/v1/checklists/${checklist.id}`, { as: owner })).body).toEqual(checklist);
    expect((await api("GET", `/v1/checklists?card_id=${card.id}`, { as: owner })).body).toEqual({ items: [checklist], next_cursor: null });

    const renamed = await api("PATCH", `/v1/checklists/${checklist.id}`, { as: owner, body: { title: "Launch" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: checklist.id, title: "Launch", items: checklist.items });

    expect((await api("DELETE", `/v1/checklists/${checklist.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/checklists/${checklist.id}`, { as: owner })).status).toBe(404);
    const db = await getDb();
    expect(await db.select().from(checklistItems).where(eq(checklistItems.checklistId, checklist.id))).toEqual([]);

    // Items created with the checklist and removed with it are evented; the rename is not.
    const recorded = await eventsOf(card.boardId);
    expect(recorded.map((e) => e.type)).toEqual([
      "checklist.item_created",
      "checklist.item_created",
      "checklist.item_deleted",
      "checklist.item_deleted",
    ]);
    expect(recorded.map((e) => e.data)).toEqual([...checklist.items, ...checklist.items]);
    for (const e of recorded)
      expect(e).toMatchObject({ actor: actorOf(owner), boardId: card.boardId, workspaceId: owner.workspaceId, changes: null });
  });

  it("adds, completes, edits, moves and deletes items, with the catalog's item events", async () => {
    const owner = await createUser({ name: "Ida Items" });
    const card = await createCard(owner);
    const checklist = (await api("POST", "/v1/checklists", { as: owner, body: { card_id: card.id, title: "Steps" } })).body;
    expect(checklist.items).toEqual([]);
    const base = `/v1/checklists/${checklist.id}/items`;

    const a = await api("POST", base, { as: owner, body: { text: "A" } });
    expect(a.status).toBe(201);
    expect(a.body).toEqual({
      id: expect.stringMatching(/^chki_/),
      checklist_id: checklist.id,
      card_id: card.id,
      text: "A",
      completed: false,
      completed_at: null,
      position: 0,
    });
    const c = (await api("POST", base, { as: owner, body: { text: "C", position: 99 } })).body;
    const b = (await api("POST", base, { as: owner, body: { text: "B", position: 1 } })).body;
    const zero = (await api("POST", base, { as: owner, body: { text: "Zero", position: 0 } })).body;
    expect(texts((await api("GET", `/v1/checklists/${checklist.id}`, { as: owner })).body)).toEqual(["0:Zero", "1:A", "2:B", "3:C"]);
    expect((await api("GET", `${base}/${b.id}`, { as: owner })).body).toMatchObject({ text: "B", position: 2 });

    const completed = await api("PATCH", `${base}/${b.id}`, { as: owner, body: { completed: true } });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ id: b.id, completed: true, completed_at: expect.any(String), position: 2 });
    // Completing again is no change: no second event.
    await api("PATCH", `${base}/${b.id}`, { as: owner, body: { completed: true } });
    const edited = await api("PATCH", `${base}/${b.id}`, { as: owner, body: { text: "B2", completed: false } });
    expect(edited.body).toMatchObject({ text: "B2", completed: false, completed_at: null });

    const moved = await api("PATCH", `${base}/${zero.id}`, { as: owner, body: { position: 2 } });
    expect(moved.body.position).toBe(2);
    expect(texts((await api("GET", `/v1/checklists/${checklist.id}`, { as: owner })).body)).toEqual(["0:A", "1:B2", "2:Zero", "3:C"]);
    await api("PATCH", `${base}/${c.id}`, { as: owner, body: { position: 0 } });
    expect((await api("PATCH", `${base}/${a.body.id}`, { as: owner, body: { position: 500 } })).body).toMatchObject({ position: 3 });
    expect(texts((await api("GET", `/v1/checklists/${checklist.id}`, { as: owner })).body)).toEqual(["0:C", "1:B2", "2:Zero", "3:A"]);

    const lastOfB = (await api("GET", `${base}/${b.id}`, { as: owner })).body;
    expect((await api("DELETE", `${base}/${b.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `${base}/${b.id}`, { as: owner })).status).toBe(404);
    expect(texts((await api("GET", `/v1/checklists/${checklist.id}`, { as: owner })).body)).toEqual(["0:C", "1:Zero", "2:A"]);

    const recorded = await eventsOf(card.boardId);
    expect(recorded.map((e) => e.type)).toEqual([
      "checklist.item_created",
      "checklist.item_created",
      "checklist.item_created",
      "checklist.item_created",
      "checklist.item_completed",
      "checklist.item_deleted",
    ]);
    expect(recorded.slice(0, 4).map((e) => e.data)).toEqual([a.body, c, b, zero]);
    expect(recorded[4].data).toEqual(completed.body);
    expect(recorded[5].data).toEqual(lastOfB);
    for (const e of recorded) expect(e).toMatchObject({ actor: actorOf(owner), boardId: card.boardId, changes: null });
  });

  it("paginates a card's checklists in creation order", async () => {
    const owner = await createUser();
    const card = await createCard(owner);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        (await api("POST", "/v1/checklists", { as: owner, body: { card_id: card.id, title: `L${i}`, items: [{ text: `i${i}` }] } })).body
          .id,
      );
    const first = await api("GET", `/v1/checklists?card_id=${card.id}&limit=2`, { as: owner });
    expect(first.body.items.map((l: { id: string }) => l.id)).toEqual(ids.slice(0, 2));
    expect(first.body.items[1].items.map((i: { text: string }) => i.text)).toEqual(["i1"]);
    const second = await api("GET", `/v1/checklists?card_id=${card.id}&limit=2&cursor=${first.body.next_cursor}`, { as: owner });
    expect(second.body).toMatchObject({ items: [{ id: ids[2], items: [{ text: "i2" }] }], next_cursor: null });
  });

  it("keeps positions dense under concurrent inserts", async () => {
    const owner = await createUser();
    const card = await createCard(owner);
    const checklist = (await api("POST", "/v1/checklists", { as: owner, body: { card_id: card.id, title: "Race" } })).body;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api("POST", `/v1/checklists/${checklist.id}/items`, { as: owner, body: { text: `t${i}`, position: 0 } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const items = (await api("GET", `/v1/checklists/${checklist.id}`, { as: owner })).body.items;
    expect(items.map((i: { position: number }) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("keeps workspaces apart", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const card = await createCard(owner);
    const checklist = (
      await api("POST", "/v1/checklists", { as: owner, body: { card_id: card.id, title: "Mine", items: [{ text: "x" }] } })
    ).body;
    const item = checklist.items[0];
    for (const [method, path, body] of [
      ["GET", `/v1/checklists/${checklist.id}`],
      ["PATCH", `/v1/checklists/${checklist.id}`, { title: "x" }],
      ["DELETE", `/v1/checklists/${checklist.id}`],
      ["GET", `/v1/checklists?card_id=${card.id}`],
      ["POST", "/v1/checklists", { card_id: card.id, title: "x" }],
      ["POST", `/v1/checklists/${checklist.id}/items`, { text: "x" }],
      ["GET", `/v1/checklists/${checklist.id}/items/${item.id}`],
      ["PATCH", `/v1/checklists/${checklist.id}/items/${item.id}`, { completed: true }],
      ["DELETE", `/v1/checklists/${checklist.id}/items/${item.id}`],
    ] as const) {
      expect((await api(method, path, { as: stranger, body })).status, `${method} ${path}`).toBe(404);
    }
    // An item addressed through another checklist is not found either.
    const other = (await api("POST", "/v1/checklists", { as: owner, body: { card_id: card.id, title: "Other" } })).body;
    expect((await api("PATCH", `/v1/checklists/${other.id}/items/${item.id}`, { as: owner, body: { text: "y" } })).status).toBe(404);
    expect((await api("GET", `/v1/checklists/${checklist.id}`, { as: owner })).body).toEqual(checklist);
  });
});

describe("board-restricted tokens", () => {
  it("reach checklists on their boards only; elsewhere a checklist or card is 404", async () => {
    const owner = await createUser();
    const inside = await createCard(owner);
    const outside = await createCard(owner);
    const hidden = (
      await api("POST", "/v1/checklists", { as: owner, body: { card_id: outside.id, title: "hidden", items: [{ text: "h" }] } })
    ).body;
    const token = (await api("POST", "/v1/tokens", { as: owner, body: { name: "r", scope: "read_write", board_ids: [inside.boardId] } }))
      .body.token;
    expect((await api("POST", "/v1/checklists", { as: { token }, body: { card_id: inside.id, title: "ok" } })).status).toBe(201);
    for (const [method, path, body] of [
      ["GET", `/v1/checklists/${hidden.id}`],
      ["PATCH", `/v1/checklists/${hidden.id}`, { title: "x" }],
      ["DELETE", `/v1/checklists/${hidden.id}`],
      ["POST", `/v1/checklists/${hidden.id}/items`, { text: "x" }],
      ["PATCH", `/v1/checklists/${hidden.id}/items/${hidden.items[0].id}`, { completed: true }],
      ["GET", `/v1/checklists?card_id=${outside.id}`],
      ["POST", "/v1/checklists", { card_id: outside.id, title: "x" }],
    ] as const) {
      expect((await api(method, path, { as: { token }, body })).status, `${method} ${path}`).toBe(404);
    }
    const readOnly = (await api("POST", "/v1/tokens", { as: owner, body: { name: "ro", scope: "read" } })).body.token;
    const refused = await api("POST", "/v1/checklists", { as: { token: readOnly }, body: { card_id: inside.id, title: "no" } });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/read_write scope/);
  });
});

describe("bad input on /v1/checklists changes nothing", () => {
  let owner: TestUser;
  let stranger: TestUser;
  let cardId: string;
  let listId: string;
  let itemId: string;
  let strangerCardId: string;
  let strangerListId: string;
  let strangerItemId: string;

  beforeAll(async () => {
    owner = await createUser();
    stranger = await createUser();
    cardId = (await createCard(owner)).id;
    const mine = (await api("POST", "/v1/checklists", { as: owner, body: { card_id: cardId, title: "Keep", items: [{ text: "keep" }] } }))
      .body;
    listId = mine.id;
    itemId = mine.items[0].id;
    strangerCardId = (await createCard(stranger)).id;
    const theirs = (
      await api("POST", "/v1/checklists", { as: stranger, body: { card_id: strangerCardId, title: "Theirs", items: [{ text: "t" }] } })
    ).body;
    strangerListId = theirs.id;
    strangerItemId = theirs.items[0].id;
  });

  async function snapshot() {
    const db = await getDb();
    return {
      checklists: await db.select().from(checklists).orderBy(checklists.id),
      items: await db.select().from(checklistItems).orderBy(checklistItems.id),
      events: (await db.select({ n: count() }).from(events))[0].n,
    };
  }

  const long = "x".repeat(1001);
  const cases: { name: string; method: string; path: () => string; body?: () => unknown; as?: () => As; status: number }[] = [
    { name: "create: missing title", method: "POST", path: () => "/v1/checklists", body: () => ({ card_id: cardId }), status: 400 },
    {
      name: "create: blank title",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: cardId, title: "  " }),
      status: 400,
    },
    {
      name: "create: oversize title",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: cardId, title: "t".repeat(201) }),
      status: 400,
    },
    {
      name: "create: items not an array",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: cardId, title: "t", items: "a" }),
      status: 400,
    },
    {
      name: "create: item as string",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: cardId, title: "t", items: ["a"] }),
      status: 400,
    },
    {
      name: "create: oversize item text",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: cardId, title: "t", items: [{ text: long }] }),
      status: 400,
    },
    {
      name: "create: too many items",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: cardId, title: "t", items: Array(101).fill({ text: "a" }) }),
      status: 400,
    },
    {
      name: "create: unknown item field",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: cardId, title: "t", items: [{ text: "a", due: 1 }] }),
      status: 400,
    },
    {
      name: "create: unknown field",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: cardId, title: "t", color: "red" }),
      status: 400,
    },
    {
      name: "create: card id of wrong type",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: listId, title: "t" }),
      status: 400,
    },
    {
      name: "create: another workspace's card",
      method: "POST",
      path: () => "/v1/checklists",
      body: () => ({ card_id: strangerCardId, title: "t", items: [{ text: "a" }] }),
      status: 404,
    },
    { name: "rename: empty body", method: "PATCH", path: () => `/v1/checklists/${listId}`, body: () => ({}), status: 400 },
    {
      name: "rename: title wrong type",
      method: "PATCH",
      path: () => `/v1/checklists/${listId}`,
      body: () => ({ title: ["x"] }),
      status: 400,
    },
    {
      name: "rename: card_id not editable",
      method: "PATCH",
      path: () => `/v1/checklists/${listId}`,
      body: () => ({ title: "x", card_id: cardId }),
      status: 400,
    },
    {
      name: "rename: another workspace's",
      method: "PATCH",
      path: () => `/v1/checklists/${strangerListId}`,
      body: () => ({ title: "x" }),
      status: 404,
    },
    { name: "delete: id of wrong type", method: "DELETE", path: () => `/v1/checklists/${cardId}`, status: 404 },
    { name: "add item: missing text", method: "POST", path: () => `/v1/checklists/${listId}/items`, body: () => ({}), status: 400 },
    {
      name: "add item: negative position",
      method: "POST",
      path: () => `/v1/checklists/${listId}/items`,
      body: () => ({ text: "a", position: -1 }),
      status: 400,
    },
    {
      name: "add item: fractional position",
      method: "POST",
      path: () => `/v1/checklists/${listId}/items`,
      body: () => ({ text: "a", position: 1.5 }),
      status: 400,
    },
    {
      name: "add item: position as string",
      method: "POST",
      path: () => `/v1/checklists/${listId}/items`,
      body: () => ({ text: "a", position: "1" }),
      status: 400,
    },
    {
      name: "add item: completed as string",
      method: "POST",
      path: () => `/v1/checklists/${listId}/items`,
      body: () => ({ text: "a", completed: "yes" }),
      status: 400,
    },
    {
      name: "add item: another workspace's checklist",
      method: "POST",
      path: () => `/v1/checklists/${strangerListId}/items`,
      body: () => ({ text: "a" }),
      status: 404,
    },
    { name: "edit item: empty", method: "PATCH", path: () => `/v1/checklists/${listId}/items/${itemId}`, body: () => ({}), status: 400 },
    {
      name: "edit item: blank text",
      method: "PATCH",
      path: () => `/v1/checklists/${listId}/items/${itemId}`,
      body: () => ({ text: "" }),
      status: 400,
    },
    {
      name: "edit item: unknown field",
      method: "PATCH",
      path: () => `/v1/checklists/${listId}/items/${itemId}`,
      body: () => ({ checklist_id: strangerListId }),
      status: 400,
    },
    {
      name: "edit item: another workspace's item",
      method: "PATCH",
      path: () => `/v1/checklists/${strangerListId}/items/${strangerItemId}`,
      body: () => ({ completed: true }),
      status: 404,
    },
    {
      name: "edit item: their item through my checklist",
      method: "PATCH",
      path: () => `/v1/checklists/${listId}/items/${strangerItemId}`,
      body: () => ({ completed: true }),
      status: 404,
    },
    {
      name: "edit item: item id of wrong type",
      method: "PATCH",
      path: () => `/v1/checklists/${listId}/items/${listId}`,
      body: () => ({ completed: true }),
      status: 404,
    },
    {
      name: "delete item: another workspace's",
      method: "DELETE",
      path: () => `/v1/checklists/${strangerListId}/items/${strangerItemId}`,
      status: 404,
    },
    { name: "list: missing card_id", method: "GET", path: () => "/v1/checklists", status: 400 },
    { name: "list: another workspace's card", method: "GET", path: () => `/v1/checklists?card_id=${strangerCardId}`, status: 404 },
    { name: "list: unknown parameter", method: "GET", path: () => `/v1/checklists?card_id=${cardId}&done=true`, status: 400 },
    { name: "not JSON", method: "POST", path: () => "/v1/checklists", body: () => "nope", status: 400 },
    {
      name: "no session",
      method: "POST",
      path: () => `/v1/checklists/${listId}/items`,
      body: () => ({ text: "x" }),
      as: () => null,
      status: 401,
    },
  ];

  it.each(cases)("$name → $status", async (c) => {
    const before = await snapshot();
    const res = await api(c.method, c.path(), { as: c.as ? c.as() : owner, body: c.body?.() });
    expect(res.status).toBe(c.status);
    expect(res.body).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    expect(await snapshot()).toEqual(before);
  });
});
