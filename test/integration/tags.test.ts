import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { actorOf, eventsOf, makeBoard, makeCard, makeList, makeTag } from "../support/board-content";
import { createUser, type TestUser } from "../support/factories";

let owner: TestUser;

beforeAll(async () => {
  owner = await createUser({ name: "Tess Tags" });
});

describe("/v1/tags", () => {
  it("creates, lists, gets, renames, recolors and deletes a tag", async () => {
    const board = await makeBoard(owner);
    const created = await api("POST", "/v1/tags", { as: owner, body: { board_id: board.id, name: " Bug ", color: "#EF4444" } });
    expect(created.status).toBe(201);
    const tag = created.body;
    expect(tag).toMatchObject({ board_id: board.id, workspace_id: owner.workspaceId, name: "Bug", color: "#ef4444" });
    expect(tag.id).toMatch(/^tag_[0-9a-z]{26}$/);
    expect((await api("GET", `/v1/tags/${tag.id}`, { as: owner })).body).toEqual(tag);
    const other = await makeTag(owner, (await makeBoard(owner)).id, "Bug");
    expect((await api("GET", `/v1/tags?board_id=${board.id}`, { as: owner })).body.items).toEqual([tag]);
    const all = await api("GET", "/v1/tags", { as: owner });
    expect(all.body.items.map((t: { id: string }) => t.id)).toEqual([other.id, tag.id]);

    const updated = await api("PATCH", `/v1/tags/${tag.id}`, { as: owner, body: { name: "Defect", color: "#22c55e" } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: "Defect", color: "#22c55e" });
    expect((await api("DELETE", `/v1/tags/${tag.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/tags/${tag.id}`, { as: owner })).status).toBe(404);
  });

  it("refuses a duplicate name on the same board, ignoring case (409), on create and rename", async () => {
    const board = await makeBoard(owner);
    const bug = await makeTag(owner, board.id, "Bug");
    const feature = await makeTag(owner, board.id, "Feature");
    const dup = await api("POST", "/v1/tags", { as: owner, body: { board_id: board.id, name: "bug", color: "#000000" } });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ error: "conflict", message: expect.stringContaining("bug") });
    const rename = await api("PATCH", `/v1/tags/${feature.id}`, { as: owner, body: { name: "BUG" } });
    expect(rename.status).toBe(409);
    expect((await api("PATCH", `/v1/tags/${bug.id}`, { as: owner, body: { name: "bug" } })).status).toBe(200);
    // Racing past the check: the unique index still answers 409, never 500.
    const racing = await Promise.all(
      [1, 2, 3].map(() => api("POST", "/v1/tags", { as: owner, body: { board_id: board.id, name: "Race", color: "#123456" } })),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it("adds and removes tags on a card; deleting a tag removes it from its cards with tag.removed", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const bug = await makeTag(owner, board.id, "bug");
    const ux = await makeTag(owner, board.id, "ux");
    const card = await makeCard(owner, list.id, "Tagged", { tag_ids: [bug.id] });
    const plain = await makeCard(owner, list.id, "Plain");
    const both = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { tag_ids: [bug.id, ux.id] } });
    expect(both.body.tag_ids).toEqual([bug.id, ux.id].sort());
    const beforeDelete = (await eventsOf(board.id)).length;
    expect((await api("DELETE", `/v1/tags/${bug.id}`, { as: owner })).status).toBe(204);
    const after = (await api("GET", `/v1/cards/${card.id}`, { as: owner })).body;
    expect(after.tag_ids).toEqual([ux.id]);
    const recorded = (await eventsOf(board.id)).slice(beforeDelete);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ type: "tag.removed", actor: actorOf(owner), data: { ...after, tag: bug } });
    expect((await api("GET", `/v1/cards/${plain.id}`, { as: owner })).body.tag_ids).toEqual([]);
    expect((await api("GET", `/v1/cards?tag_id=${ux.id}`, { as: owner })).body.items.map((c: { id: string }) => c.id)).toEqual([card.id]);
  });

  it("keeps workspaces apart", async () => {
    const stranger = await createUser();
    const board = await makeBoard(owner);
    const tag = await makeTag(owner, board.id, "mine");
    for (const [method, body] of [["GET"], ["PATCH", { name: "x" }], ["DELETE"]] as const) {
      expect((await api(method, `/v1/tags/${tag.id}`, { as: stranger, body })).status, method).toBe(404);
    }
    expect((await api("GET", `/v1/tags?board_id=${board.id}`, { as: stranger })).body.items).toEqual([]);
    expect((await api("POST", "/v1/tags", { as: stranger, body: { board_id: board.id, name: "x", color: "#000000" } })).status).toBe(404);
  });
});
