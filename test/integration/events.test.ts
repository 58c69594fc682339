import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { makeBoard, makeCard, makeList } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

let owner: TestUser;

beforeAll(async () => {
  owner = await createUser({ name: "Events Owner" });
});

const typesOf = (page: { items: { type: string }[] }) => page.items.map((e) => e.type);

describe("GET /v1/events", () => {
  it("lists a board's events newest first, with actor, data and changes, and pages with a cursor", async () => {
    const board = await makeBoard(owner, "Feed");
    const list = await makeList(owner, board.id, "Todo");
    const done = await makeList(owner, board.id, "Done");
    const card = await makeCard(owner, list.id, "Write docs");
    const moved = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { list_id: done.id } });
    expect(moved.status).toBe(200);

    const feed = await api("GET", `/v1/events?board_id=${board.id}`, { as: owner });
    expect(feed.status).toBe(200);
    expect(typesOf(feed.body)).toEqual(["card.moved", "card.created", "list.created", "list.created", "board.created"]);
    const [move] = feed.body.items;
    expect(move).toMatchObject({
      board_id: board.id,
      workspace_id: owner.workspaceId,
      actor: { id: owner.id, name: owner.name, email: owner.email },
      data: moved.body,
    });
    expect(move.changes.list_id).toEqual({ from: list.id, to: done.id });
    expect(move.id).toMatch(/^evt_/);
    expect(new Date(move.created_at).toISOString()).toBe(move.created_at);

    const first = await api("GET", `/v1/events?board_id=${board.id}&limit=2`, { as: owner });
    expect(typesOf(first.body)).toEqual(["card.moved", "card.created"]);
    const second = await api("GET", `/v1/events?board_id=${board.id}&limit=2&cursor=${first.body.next_cursor}`, { as: owner });
    expect(typesOf(second.body)).toEqual(["list.created", "list.created"]);
    expect(second.body.items[0].id < first.body.items[1].id).toBe(true);

    const byCard = await api("GET", `/v1/events?card_id=${card.id}`, { as: owner });
    expect(typesOf(byCard.body)).toEqual(["card.moved", "card.created"]);
    const byType = await api("GET", `/v1/events?board_id=${board.id}&type=list.created`, { as: owner });
    expect(byType.body.items.map((e: { data: { name: string } }) => e.data.name)).toEqual(["Done", "Todo"]);
  });

  it("keeps workspaces apart and hides workspace-level events from non-admins", async () => {
    const board = await makeBoard(owner, "Mine");
    const stranger = await createUser();
    const theirs = await api("GET", `/v1/events?board_id=${board.id}`, { as: stranger });
    expect(theirs.status).toBe(200);
    expect(theirs.body.items).toEqual([]);
    const all = await api("GET", "/v1/events?limit=100", { as: stranger });
    expect(all.body.items.every((e: { workspace_id: string }) => e.workspace_id === stranger.workspaceId)).toBe(true);

    const viewer = await createMember(owner.workspaceId, "viewer");
    const seen = await api("GET", "/v1/events?limit=100", { as: viewer });
    expect(seen.status).toBe(200);
    expect(seen.body.items.length).toBeGreaterThan(0);
    expect(seen.body.items.every((e: { board_id: string | null }) => e.board_id !== null)).toBe(true);
  });

  it("limits a board-restricted token to its boards: 403 naming another board, its boards only otherwise", async () => {
    const allowed = await makeBoard(owner, "Allowed");
    const other = await makeBoard(owner, "Other");
    const created = await api("POST", "/v1/tokens", { as: owner, body: { name: "feed", scope: "read", board_ids: [allowed.id] } });
    expect(created.status).toBe(201);
    const as = { token: created.body.token as string };
    expect((await api("GET", `/v1/events?board_id=${other.id}`, { as })).status).toBe(403);
    const page = await api("GET", "/v1/events?limit=100", { as });
    expect(page.status).toBe(200);
    expect(new Set(page.body.items.map((e: { board_id: string }) => e.board_id))).toEqual(new Set([allowed.id]));
  });

  it("answers bad filters with 400 and no credentials with 401", async () => {
    for (const query of ["board_id=nope", "card_id=board_x", "type=card.exploded", "limit=0", "limit=101", "cursor=%%%", "colour=red"]) {
      const res = await api("GET", `/v1/events?${query}`, { as: owner });
      expect(res.status, query).toBe(400);
      expect(res.body.error).toBe("invalid_request");
    }
    expect((await api("GET", "/v1/events", {})).status).toBe(401);
  });
});
