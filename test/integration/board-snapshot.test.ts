import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { cards } from "@/db/schema";
import { getBoardSnapshot, SNAPSHOT_QUERIES } from "@/lib/boards/get-board-snapshot";
import type { Ctx } from "@/lib/workspaces/context";
import { api, type ApiResponse } from "../support/api";
import { makeBoard, makeCard, makeList, makeTag } from "../support/board-content";
import { countQueries } from "../support/count-queries";
import { createMember, createUser, type TestUser } from "../support/factories";

let owner: TestUser;
let member: TestUser;

beforeAll(async () => {
  owner = await createUser({ name: "Snap Owner" });
  member = await createMember(owner.workspaceId, "member");
});

/** Every page of a /v1 list, as the board page used to read it. */
async function allPages(as: TestUser, path: string) {
  const items: unknown[] = [];
  let cursor: string | null = null;
  do {
    const res: ApiResponse<{ items: unknown[]; next_cursor: string | null }> = await api(
      "GET",
      `${path}${path.includes("?") ? "&" : "?"}limit=7${cursor ? `&cursor=${cursor}` : ""}`,
      { as },
    );
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.next_cursor;
  } while (cursor);
  return items;
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** A board with a bit of everything: an archived list, archived and moved cards, tags, assignees. */
async function seedBoard(as: TestUser) {
  const board = await makeBoard(as, "Snapshot board");
  const todo = await makeList(as, board.id, "Todo");
  const doing = await makeList(as, board.id, "Doing");
  const old = await makeList(as, board.id, "Old");
  const done = await makeList(as, board.id, "Done", { position: 0 });
  const red = await makeTag(as, board.id, "Red", "#ef4444");
  const blue = await makeTag(as, board.id, "blue", "#3b82f6");
  for (const [i, list] of [todo, doing, done, old].entries()) {
    for (let n = 0; n < 6; n++) {
      await makeCard(as, list.id, `Card ${i}.${n}`, {
        position: n % 2 ? 0 : undefined,
        tag_ids: n % 3 === 0 ? [red.id, blue.id] : n % 3 === 1 ? [blue.id] : [],
        assignee_ids: n % 2 ? [owner.id, member.id] : [],
        due_at: n === 4 ? "2030-01-01T00:00:00Z" : undefined,
      });
    }
  }
  const cardsOfTodo = await allPages(as, `/v1/cards?list_id=${todo.id}`);
  await api("PATCH", `/v1/cards/${(cardsOfTodo[2] as { id: string }).id}`, { as, body: { archived: true } });
  await api("PATCH", `/v1/cards/${(cardsOfTodo[3] as { id: string }).id}`, { as, body: { list_id: doing.id, position: 2 } });
  await api("PATCH", `/v1/lists/${old.id}`, { as, body: { archived: true } });
  return board;
}

describe("GET /v1/boards/{id}/snapshot", () => {
  it("holds what the individual endpoints return, card for card", async () => {
    const board = await seedBoard(owner);
    // Another board's content must not appear.
    const other = await makeBoard(owner, "Other");
    await makeCard(owner, (await makeList(owner, other.id)).id, "Elsewhere");
    await makeTag(owner, other.id, "Elsewhere");

    const res = await api("GET", `/v1/boards/${board.id}/snapshot`, { as: member });
    expect(res.status).toBe(200);
    const snapshot = res.body;

    expect(snapshot.board).toEqual((await api("GET", `/v1/boards/${board.id}`, { as: member })).body);
    const lists = (await allPages(member, `/v1/lists?board_id=${board.id}&archived=false`)) as { id: string; position: number }[];
    expect(snapshot.lists).toEqual([...lists].sort((a, b) => a.position - b.position));
    expect(snapshot.lists.map((l: { name: string }) => l.name)).toEqual(["Done", "Todo", "Doing"]);
    const listed = (await allPages(member, `/v1/cards?board_id=${board.id}`)) as { id: string }[];
    expect(listed.length).toBe(23);
    expect(byId(snapshot.cards)).toEqual(byId(listed));
    for (const card of listed)
      expect((await api("GET", `/v1/cards/${card.id}`, { as: member })).body).toEqual(
        snapshot.cards.find((c: { id: string }) => c.id === card.id),
      );
    expect(byId(snapshot.tags)).toEqual(byId((await allPages(member, `/v1/tags?board_id=${board.id}`)) as { id: string }[]));
    expect(snapshot.members).toEqual(await allPages(member, "/v1/users"));

    // Ordered for drawing: lists by position, cards by their list's position, then their own.
    const listIndex = new Map(snapshot.lists.map((l: { id: string }, i: number) => [l.id, i]));
    const keys = snapshot.cards.map((c: { list_id: string; position: number }) => [listIndex.get(c.list_id) ?? 99, c.position]);
    expect(keys).toEqual([...keys].sort((a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1]));
    const doing = snapshot.lists[2];
    expect(snapshot.cards.filter((c: { list_id: string }) => c.list_id === doing.id).map((c: { position: number }) => c.position)).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
  });

  it("reads any board in the same five queries", async () => {
    const board = await seedBoard(owner);
    const db = await getDb();
    const ctx: Ctx = {
      db,
      caller: {
        user: { id: owner.id, name: owner.name, email: owner.email },
        workspaceId: owner.workspaceId,
        role: "owner",
        via: "session",
      },
    };
    // The hour's first read also claims and records board.accessed (its own test,
    // board-accessed.test.ts); after it, this process asks nothing more about access this hour.
    await getBoardSnapshot({ ctx, id: board.id });
    const small = await countQueries(() => getBoardSnapshot({ ctx, id: board.id }));
    expect(small.result.cards.length).toBe(23);
    expect(small.queries).toBe(SNAPSHOT_QUERIES);

    // Fifty more cards, written as rows: the count does not grow with the board.
    const [sample] = await db.select().from(cards).where(eq(cards.boardId, board.id)).limit(1);
    await db.insert(cards).values(
      Array.from({ length: 50 }, (_, i) => ({
        ...sample,
        id: `card_bulk${String(i).padStart(21, "0")}`,
        rank: `zz${String(i).padStart(4, "0")}`,
        title: `Bulk ${i}`,
      })),
    );
    const big = await countQueries(() => getBoardSnapshot({ ctx, id: board.id }));
    expect(big.result.cards.length).toBe(73);
    expect(big.queries).toBe(SNAPSHOT_QUERIES);
    const positions = big.result.cards.filter((c) => c.list_id === sample.listId).map((c) => c.position);
    expect(positions).toEqual(positions.map((_, i) => i));
  });

  it("is 404 for another workspace's board and 403 outside a restricted token's boards", async () => {
    const board = await makeBoard(owner, "Private");
    const stranger = await createUser();
    expect((await api("GET", `/v1/boards/${board.id}/snapshot`, { as: stranger })).status).toBe(404);
    const allowed = await makeBoard(owner, "Allowed");
    const token = await api("POST", "/v1/tokens", { as: owner, body: { name: "one board", scope: "read", board_ids: [allowed.id] } });
    expect(token.status).toBe(201);
    expect((await api("GET", `/v1/boards/${board.id}/snapshot`, { as: { token: token.body.token } })).status).toBe(403);
    const ok = await api("GET", `/v1/boards/${allowed.id}/snapshot`, { as: { token: token.body.token } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ board: { id: allowed.id }, lists: [], cards: [], tags: [] });
  });
});
