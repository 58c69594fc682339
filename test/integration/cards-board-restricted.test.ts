import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { makeBoard, makeCard, makeList, makeTag } from "../support/board-content";
import { createUser, type TestUser } from "../support/factories";

let owner: TestUser;
let allowed: { board: string; list: string; card: string; tag: string };
let hidden: { board: string; list: string; card: string; tag: string };
let token: string;
let readToken: string;

async function content(name: string) {
  const board = (await makeBoard(owner, name)).id;
  const list = (await makeList(owner, board)).id;
  const tag = (await makeTag(owner, board, `${name} tag`)).id;
  const card = (await makeCard(owner, list, `${name} card`, { tag_ids: [tag] })).id;
  return { board, list, card, tag };
}

async function issueToken(scope: "read" | "read_write", boardIds: string[]) {
  const res = await api("POST", "/v1/tokens", { as: owner, body: { name: `restricted ${scope}`, scope, board_ids: boardIds } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.token as string;
}

beforeAll(async () => {
  owner = await createUser();
  allowed = await content("Allowed");
  hidden = await content("Hidden");
  token = await issueToken("read_write", [allowed.board]);
  readToken = await issueToken("read", [allowed.board]);
});

describe("a board-restricted token on lists, cards and tags", () => {
  it("lists only its boards' lists, cards and tags", async () => {
    for (const [resource, key] of [
      ["lists", "list"],
      ["cards", "card"],
      ["tags", "tag"],
    ] as const) {
      const res = await api("GET", `/v1/${resource}`, { as: { token } });
      expect(res.status).toBe(200);
      expect(
        res.body.items.map((i: { id: string }) => i.id),
        resource,
      ).toEqual([allowed[key]]);
    }
    // Naming a board it may not see is refused outright.
    expect((await api("GET", `/v1/cards?board_id=${hidden.board}`, { as: { token } })).status).toBe(403);
  });

  it("answers 404 for another board's list, card or tag, whatever the verb", async () => {
    for (const [resource, key] of [
      ["lists", "list"],
      ["cards", "card"],
      ["tags", "tag"],
    ] as const) {
      for (const [method, body] of [["GET"], ["PATCH", { name: "x" }], ["DELETE"]] as const) {
        const res = await api(method, `/v1/${resource}/${hidden[key]}`, {
          as: { token },
          body: resource === "cards" && body ? { title: "x" } : body,
        });
        expect(res.status, `${method} ${resource}`).toBe(404);
      }
    }
    expect((await api("POST", "/v1/cards", { as: { token }, body: { list_id: hidden.list, title: "x" } })).status).toBe(404);
    expect((await api("POST", "/v1/lists", { as: { token }, body: { board_id: hidden.board, name: "x" } })).status).toBe(403);
    expect((await api("POST", "/v1/tags", { as: { token }, body: { board_id: hidden.board, name: "x", color: "#000000" } })).status).toBe(
      403,
    );
    expect((await api("GET", `/v1/cards/${hidden.card}`, { as: owner })).body.title).toBe("Hidden card");
  });

  it("works on its own boards, and the read scope only reads", async () => {
    const moved = await api("PATCH", `/v1/cards/${allowed.card}`, { as: { token }, body: { title: "Via token", position: 0 } });
    expect(moved.status).toBe(200);
    const made = await api("POST", "/v1/cards", { as: { token }, body: { list_id: allowed.list, title: "Made by token" } });
    expect(made.status).toBe(201);
    expect((await api("GET", `/v1/cards/${allowed.card}`, { as: { token: readToken } })).status).toBe(200);
    const refused = await api("PATCH", `/v1/cards/${allowed.card}`, { as: { token: readToken }, body: { title: "nope" } });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/read_write/);
  });
});
