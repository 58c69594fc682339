import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { comments, events } from "@/db/schema";
import { api, type As } from "../support/api";
import { insertCard } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

const createCard = insertCard;

async function eventsOf(boardId: string) {
  const db = await getDb();
  return db.select().from(events).where(eq(events.boardId, boardId)).orderBy(events.id);
}

const actorOf = (u: TestUser) => ({ id: u.id, name: u.name, email: u.email });

describe("/v1/comments", () => {
  it("creates, lists, gets, edits and deletes a comment, recording each event", async () => {
    const owner = await createUser({ name: "Cora Commenter" });
    const card = await createCard(owner);

    const made = await api("POST", "/v1/comments", { as: owner, body: { card_id: card.id, body: "  Looks **good**" } });
    expect(made.status).toBe(201);
    const comment = made.body;
    expect(comment).toEqual({
      id: expect.stringMatching(/^cmt_[0-9a-z]{26}$/),
      card_id: card.id,
      body: "  Looks **good**",
      author_id: owner.id,
      author: { id: owner.id, name: owner.name },
      created_at: expect.any(String),
      edited_at: null,
    });

    const listed = await api("GET", `/v1/comments?card_id=${card.id}`, { as: owner });
    expect(listed.body).toEqual({ items: [comment], next_cursor: null });
    expect((await api("GET", `/v1/comments/${comment.id}`, { as: owner })).body).toEqual(comment);

    const edited = await api("PATCH", `/v1/comments/${comment.id}`, { as: owner, body: { body: "Looks great" } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ ...comment, body: "Looks great", edited_at: expect.any(String) });
    expect((await api("GET", `/v1/comments/${comment.id}`, { as: owner })).body).toEqual(edited.body);
    // The same body again is no change: no event, edited_at unchanged.
    expect((await api("PATCH", `/v1/comments/${comment.id}`, { as: owner, body: { body: "Looks great" } })).body).toEqual(edited.body);

    expect((await api("DELETE", `/v1/comments/${comment.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/comments/${comment.id}`, { as: owner })).status).toBe(404);

    const recorded = await eventsOf(card.boardId);
    expect(recorded.map((e) => e.type)).toEqual(["board.created", "comment.created", "comment.updated", "comment.deleted"]);
    const [, createdEvt, updatedEvt, deletedEvt] = recorded;
    for (const e of [createdEvt, updatedEvt, deletedEvt])
      expect(e).toMatchObject({ actor: actorOf(owner), workspaceId: owner.workspaceId, boardId: card.boardId });
    expect(createdEvt.data).toEqual(comment);
    expect(createdEvt.changes).toBeNull();
    expect(updatedEvt.data).toEqual(edited.body);
    expect(updatedEvt.changes).toEqual({ body: { from: "  Looks **good**", to: "Looks great" } });
    expect(deletedEvt.data).toEqual(edited.body);
    expect(deletedEvt.changes).toBeNull();
  });

  it("lists a card's comments oldest first, paginated, and only that card's", async () => {
    const owner = await createUser();
    const card = await createCard(owner);
    const other = await createCard(owner, card.boardId);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await api("POST", "/v1/comments", { as: owner, body: { card_id: card.id, body: `c${i}` } })).body.id);
    await api("POST", "/v1/comments", { as: owner, body: { card_id: other.id, body: "elsewhere" } });

    const first = await api("GET", `/v1/comments?card_id=${card.id}&limit=2`, { as: owner });
    expect(first.body.items.map((c: { id: string }) => c.id)).toEqual(ids.slice(0, 2));
    const second = await api("GET", `/v1/comments?card_id=${card.id}&limit=2&cursor=${first.body.next_cursor}`, { as: owner });
    const third = await api("GET", `/v1/comments?card_id=${card.id}&limit=2&cursor=${second.body.next_cursor}`, { as: owner });
    expect([...second.body.items, ...third.body.items].map((c: { id: string }) => c.id)).toEqual(ids.slice(2));
    expect(third.body.next_cursor).toBeNull();
  });

  it("only the author or an admin/owner edits or deletes; the 403 says so", async () => {
    const owner = await createUser();
    const author = await createMember(owner.workspaceId, "member");
    const otherMember = await createMember(owner.workspaceId, "member");
    const admin = await createMember(owner.workspaceId, "admin");
    const card = await createCard(owner);
    const comment = (await api("POST", "/v1/comments", { as: author, body: { card_id: card.id, body: "mine" } })).body;
    expect(comment.author).toEqual({ id: author.id, name: author.name });

    const denied = await api("PATCH", `/v1/comments/${comment.id}`, { as: otherMember, body: { body: "hijack" } });
    expect(denied.status).toBe(403);
    expect(denied.body.message).toMatch(/author or an admin or owner/);
    expect((await api("DELETE", `/v1/comments/${comment.id}`, { as: otherMember })).status).toBe(403);

    expect((await api("PATCH", `/v1/comments/${comment.id}`, { as: author, body: { body: "mine, edited" } })).status).toBe(200);
    const moderated = await api("PATCH", `/v1/comments/${comment.id}`, { as: admin, body: { body: "[removed]" } });
    expect(moderated.status).toBe(200);
    // Moderation does not change who wrote it.
    expect(moderated.body.author_id).toBe(author.id);
    const updated = (await eventsOf(card.boardId)).filter((e) => e.type === "comment.updated");
    expect(updated.map((e) => e.actorId)).toEqual([author.id, admin.id]);
    expect((await api("DELETE", `/v1/comments/${comment.id}`, { as: owner })).status).toBe(204);
  });

  it("keeps workspaces apart: another workspace's comment or card is 404", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const card = await createCard(owner);
    const comment = (await api("POST", "/v1/comments", { as: owner, body: { card_id: card.id, body: "private" } })).body;
    for (const [method, path, body] of [
      ["GET", `/v1/comments/${comment.id}`],
      ["PATCH", `/v1/comments/${comment.id}`, { body: "x" }],
      ["DELETE", `/v1/comments/${comment.id}`],
      ["GET", `/v1/comments?card_id=${card.id}`],
      ["POST", "/v1/comments", { card_id: card.id, body: "x" }],
    ] as const) {
      const res = await api(method, path, { as: stranger, body });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await api("GET", `/v1/comments/${comment.id}`, { as: owner })).body.body).toBe("private");
  });
});

describe("board-restricted tokens", () => {
  it("reach comments on their boards only; elsewhere a comment or card is 404", async () => {
    const owner = await createUser();
    const inside = await createCard(owner);
    const outside = await createCard(owner);
    const hidden = (await api("POST", "/v1/comments", { as: owner, body: { card_id: outside.id, body: "hidden" } })).body;
    const token = (await api("POST", "/v1/tokens", { as: owner, body: { name: "r", scope: "read_write", board_ids: [inside.boardId] } }))
      .body.token;
    const made = await api("POST", "/v1/comments", { as: { token }, body: { card_id: inside.id, body: "via token" } });
    expect(made.status).toBe(201);
    expect(made.body.author_id).toBe(owner.id);
    for (const [method, path, body] of [
      ["GET", `/v1/comments/${hidden.id}`],
      ["PATCH", `/v1/comments/${hidden.id}`, { body: "x" }],
      ["DELETE", `/v1/comments/${hidden.id}`],
      ["GET", `/v1/comments?card_id=${outside.id}`],
      ["POST", "/v1/comments", { card_id: outside.id, body: "x" }],
    ] as const) {
      expect((await api(method, path, { as: { token }, body })).status, `${method} ${path}`).toBe(404);
    }
  });
});

describe("roles on /v1/comments", () => {
  const cases = [
    { role: "viewer", read: 200, create: 403, editOwn: null, editOthers: 403, deleteOthers: 403 },
    { role: "member", read: 200, create: 201, editOwn: 200, editOthers: 403, deleteOthers: 403 },
    { role: "admin", read: 200, create: 201, editOwn: 200, editOthers: 200, deleteOthers: 204 },
    { role: "owner", read: 200, create: 201, editOwn: 200, editOthers: 200, deleteOthers: 204 },
  ] as const;

  it.each(cases)("$role", async ({ role, read, create, editOwn, editOthers, deleteOthers }) => {
    const workspaceOwner = await createUser();
    const user = role === "owner" ? workspaceOwner : await createMember(workspaceOwner.workspaceId, role);
    const author = await createMember(workspaceOwner.workspaceId, "member");
    const card = await createCard(workspaceOwner);
    const theirs = (await api("POST", "/v1/comments", { as: author, body: { card_id: card.id, body: "theirs" } })).body;
    expect((await api("GET", `/v1/comments?card_id=${card.id}`, { as: user })).status).toBe(read);
    expect((await api("GET", `/v1/comments/${theirs.id}`, { as: user })).status).toBe(read);
    const mine = await api("POST", "/v1/comments", { as: user, body: { card_id: card.id, body: "mine" } });
    expect(mine.status).toBe(create);
    if (create === 403) expect(mine.body.message).toMatch(/role \(viewer\)/);
    if (editOwn) expect((await api("PATCH", `/v1/comments/${mine.body.id}`, { as: user, body: { body: "edited" } })).status).toBe(editOwn);
    expect((await api("PATCH", `/v1/comments/${theirs.id}`, { as: user, body: { body: "x" } })).status).toBe(editOthers);
    expect((await api("DELETE", `/v1/comments/${theirs.id}`, { as: user })).status).toBe(deleteOthers);
  });
});

describe("bad input on /v1/comments changes nothing", () => {
  let owner: TestUser;
  let stranger: TestUser;
  let cardId: string;
  let commentId: string;
  let strangerCardId: string;
  let strangerCommentId: string;

  beforeAll(async () => {
    owner = await createUser();
    stranger = await createUser();
    cardId = (await createCard(owner)).id;
    commentId = (await api("POST", "/v1/comments", { as: owner, body: { card_id: cardId, body: "keep" } })).body.id;
    strangerCardId = (await createCard(stranger)).id;
    strangerCommentId = (await api("POST", "/v1/comments", { as: stranger, body: { card_id: strangerCardId, body: "theirs" } })).body.id;
  });

  async function snapshot() {
    const db = await getDb();
    return {
      comments: await db.select().from(comments).orderBy(comments.id),
      events: (await db.select({ n: count() }).from(events))[0].n,
    };
  }

  const long = "x".repeat(10_001);
  const cases: { name: string; method: string; path: () => string; body?: () => unknown; as?: () => As; status: number }[] = [
    { name: "create: missing body", method: "POST", path: () => "/v1/comments", body: () => ({ card_id: cardId }), status: 400 },
    { name: "create: missing card_id", method: "POST", path: () => "/v1/comments", body: () => ({ body: "x" }), status: 400 },
    {
      name: "create: body wrong type",
      method: "POST",
      path: () => "/v1/comments",
      body: () => ({ card_id: cardId, body: 5 }),
      status: 400,
    },
    {
      name: "create: blank body",
      method: "POST",
      path: () => "/v1/comments",
      body: () => ({ card_id: cardId, body: " \n " }),
      status: 400,
    },
    {
      name: "create: oversize body",
      method: "POST",
      path: () => "/v1/comments",
      body: () => ({ card_id: cardId, body: long }),
      status: 400,
    },
    {
      name: "create: unknown field",
      method: "POST",
      path: () => "/v1/comments",
      body: () => ({ card_id: cardId, body: "x", author_id: "user_x" }),
      status: 400,
    },
    {
      name: "create: card id of wrong type",
      method: "POST",
      path: () => "/v1/comments",
      body: () => ({ card_id: "board_123", body: "x" }),
      status: 400,
    },
    {
      name: "create: card_id wrong type",
      method: "POST",
      path: () => "/v1/comments",
      body: () => ({ card_id: 7, body: "x" }),
      status: 400,
    },
    {
      name: "create: unknown card",
      method: "POST",
      path: () => "/v1/comments",
      body: () => ({ card_id: "card_00000000000000000000000000", body: "x" }),
      status: 404,
    },
    {
      name: "create: another workspace's card",
      method: "POST",
      path: () => "/v1/comments",
      body: () => ({ card_id: strangerCardId, body: "x" }),
      status: 404,
    },
    { name: "create: not JSON", method: "POST", path: () => "/v1/comments", body: () => "{oops", status: 400 },
    { name: "update: empty", method: "PATCH", path: () => `/v1/comments/${commentId}`, body: () => ({}), status: 400 },
    { name: "update: oversize", method: "PATCH", path: () => `/v1/comments/${commentId}`, body: () => ({ body: long }), status: 400 },
    {
      name: "update: card_id is not editable",
      method: "PATCH",
      path: () => `/v1/comments/${commentId}`,
      body: () => ({ body: "x", card_id: cardId }),
      status: 400,
    },
    { name: "update: id of wrong type", method: "PATCH", path: () => `/v1/comments/${cardId}`, body: () => ({ body: "x" }), status: 404 },
    {
      name: "update: another workspace's comment",
      method: "PATCH",
      path: () => `/v1/comments/${strangerCommentId}`,
      body: () => ({ body: "x" }),
      status: 404,
    },
    { name: "delete: another workspace's comment", method: "DELETE", path: () => `/v1/comments/${strangerCommentId}`, status: 404 },
    { name: "delete: garbage id", method: "DELETE", path: () => "/v1/comments/%27%3B--", status: 404 },
    { name: "list: missing card_id", method: "GET", path: () => "/v1/comments", status: 400 },
    { name: "list: card id of wrong type", method: "GET", path: () => "/v1/comments?card_id=list_1", status: 400 },
    { name: "list: another workspace's card", method: "GET", path: () => `/v1/comments?card_id=${strangerCardId}`, status: 404 },
    { name: "list: unknown parameter", method: "GET", path: () => `/v1/comments?card_id=${cardId}&author=me`, status: 400 },
    { name: "list: bad limit", method: "GET", path: () => `/v1/comments?card_id=${cardId}&limit=-1`, status: 400 },
    {
      name: "no session",
      method: "POST",
      path: () => "/v1/comments",
      body: () => ({ card_id: cardId, body: "x" }),
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
