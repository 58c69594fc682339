import { describe, expect, it } from "vitest";
import { api } from "../support/api";
import { makeBoard, makeCard, makeList } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

const save = (as: TestUser, body: Record<string, unknown>) => api("POST", "/v1/saved_filters", { as, body });

async function saved(as: TestUser, body: Record<string, unknown>) {
  const res = await save(as, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const titles = (res: { body: { items: { title: string }[] } }) => res.body.items.map((c) => c.title);

describe("saved filters: who sees and changes what", () => {
  it("keeps personal filters to their owner and shows shared ones to the workspace", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const stranger = await createUser();
    const personal = await saved(owner, { name: "Mine", query: "assignee:me" });
    const shared = await saved(owner, { name: "Team", query: "is:open", shared: true });
    expect(personal).toMatchObject({ name: "Mine", query: "assignee:me", shared: false, board_id: null, owner_id: owner.id, sort: null });

    const seen = await api("GET", "/v1/saved_filters", { as: member });
    expect(seen.body.items.map((f: { name: string }) => f.name)).toEqual(["Team"]);
    expect((await api("GET", `/v1/saved_filters/${personal.id}`, { as: member })).status).toBe(404);
    expect((await api("PATCH", `/v1/saved_filters/${personal.id}`, { as: member, body: { name: "x" } })).status).toBe(404);
    expect((await api("DELETE", `/v1/saved_filters/${personal.id}`, { as: member })).status).toBe(404);
    expect((await api("GET", `/v1/saved_filters/${shared.id}`, { as: stranger })).status).toBe(404);
    expect((await api("GET", "/v1/saved_filters", { as: owner })).body.items).toHaveLength(2);
  });

  it("lets members edit a shared filter, admins and its owner delete it, and only its owner make it personal", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const admin = await createMember(owner.workspaceId, "admin");
    const viewer = await createMember(owner.workspaceId, "viewer");
    const shared = await saved(member, { name: "Team", query: "is:open", shared: true });
    const edited = await api("PATCH", `/v1/saved_filters/${shared.id}`, { as: owner, body: { name: "Team view", query: "is:done" } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: "Team view", query: "is:done", owner_id: member.id });
    expect((await api("PATCH", `/v1/saved_filters/${shared.id}`, { as: viewer, body: { name: "v" } })).status).toBe(403);
    expect((await api("PATCH", `/v1/saved_filters/${shared.id}`, { as: owner, body: { shared: false } })).status).toBe(403);
    expect((await api("DELETE", `/v1/saved_filters/${shared.id}`, { as: viewer })).status).toBe(403);
    const other = await createMember(owner.workspaceId, "member");
    expect((await api("DELETE", `/v1/saved_filters/${shared.id}`, { as: other })).status).toBe(403);
    expect((await api("DELETE", `/v1/saved_filters/${shared.id}`, { as: admin })).status).toBe(204);
    const mine = await saved(member, { name: "Again", query: "x", shared: true });
    expect((await api("DELETE", `/v1/saved_filters/${mine.id}`, { as: member })).status).toBe(204);

    // Viewers keep personal filters but cannot share.
    expect((await save(viewer, { name: "Mine", query: "is:open" })).status).toBe(201);
    expect((await save(viewer, { name: "Ours", query: "is:open", shared: true })).status).toBe(403);
  });

  it("refuses a query that cannot be read (with its position), a bad sort and another workspace's board", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const board = await makeBoard(stranger);
    const bad = await save(owner, { name: "Bad", query: "tag:x (" });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe("query");
    expect((await save(owner, { name: "Bad", query: "is:open", sort: { by: "colour" } })).status).toBe(400);
    expect((await save(owner, { name: "Bad", query: "is:open", sort: { by: "field.fld_00000000000000000000000000" } })).status).toBe(400);
    expect((await save(owner, { name: "Bad", query: "is:open", board_id: board.id })).status).toBe(404);
    expect((await api("GET", "/v1/saved_filters", { as: owner })).body.items).toEqual([]);
  });

  it("hides other boards' filters from a board-restricted token but keeps workspace-wide ones", async () => {
    const owner = await createUser();
    const [a, b] = [await makeBoard(owner, "A"), await makeBoard(owner, "B")];
    await saved(owner, { name: "On A", query: "is:open", board_id: a.id, shared: true });
    const onB = await saved(owner, { name: "On B", query: "is:open", board_id: b.id, shared: true });
    await saved(owner, { name: "Everywhere", query: "is:open", shared: true });
    const token = (await api("POST", "/v1/tokens", { as: owner, body: { name: "A only", scope: "read", board_ids: [a.id] } })).body.token;
    const list = await api("GET", "/v1/saved_filters", { as: { token } });
    expect(list.body.items.map((f: { name: string }) => f.name).sort()).toEqual(["Everywhere", "On A"]);
    expect((await api("GET", `/v1/saved_filters/${onB.id}`, { as: { token } })).status).toBe(404);
    expect((await api("GET", `/v1/saved_filters?board_id=${b.id}`, { as: { token } })).status).toBe(403);
    expect(
      (await api("GET", `/v1/saved_filters?workspace_wide=true`, { as: owner })).body.items.map((f: { name: string }) => f.name),
    ).toEqual(["Everywhere"]);
  });
});

describe("applying a saved filter and sorting: GET /v1/cards?saved_filter_id=&sort=", () => {
  it("lists a saved filter's cards in its sort, across boards, by a custom field, paging by offset", async () => {
    const owner = await createUser();
    const boardA = await makeBoard(owner, "A");
    const boardB = await makeBoard(owner, "B");
    const listA = await makeList(owner, boardA.id, "Todo");
    const listB = await makeList(owner, boardB.id, "Todo");
    const estimate = (await api("POST", "/v1/xattr", { as: owner, body: { board_id: boardA.id, name: "Estimate", type: "number" } })).body;
    const priority = (
      await api("POST", "/v1/xattr", {
        as: owner,
        body: { board_id: boardA.id, name: "Priority", type: "select", options: [{ name: "Urgent" }, { name: "Later" }] },
      })
    ).body;
    const [urgent, later] = priority.options.map((o: { id: string }) => o.id);
    const day = 86_400_000;
    await makeCard(owner, listA.id, "b-three", {
      fields: { [estimate.id]: 3, [priority.id]: later },
      due_at: new Date(Date.now() + 2 * day).toISOString(),
    });
    await makeCard(owner, listA.id, "a-eight", {
      fields: { [estimate.id]: 8, [priority.id]: urgent },
      due_at: new Date(Date.now() + day).toISOString(),
    });
    await makeCard(owner, listA.id, "c-none", { fields: {} });
    await makeCard(owner, listB.id, "d-done", { completed: true });
    await makeCard(owner, listB.id, "e-open");

    const open = await saved(owner, { name: "Open", query: "is:open", sort: { by: "title", direction: "desc" } });
    expect(titles(await api("GET", `/v1/cards?saved_filter_id=${open.id}`, { as: owner }))).toEqual([
      "e-open",
      "c-none",
      "b-three",
      "a-eight",
    ]);
    // The saved query is ANDed with q; an explicit sort wins over the saved one.
    expect(titles(await api("GET", `/v1/cards?saved_filter_id=${open.id}&q=-c&sort=title`, { as: owner }))).toEqual([
      "a-eight",
      "b-three",
      "e-open",
    ]);

    const onA = await saved(owner, {
      name: "By estimate",
      query: "",
      board_id: boardA.id,
      sort: { by: `field.${estimate.id}`, direction: "desc" },
    });
    expect(titles(await api("GET", `/v1/cards?saved_filter_id=${onA.id}`, { as: owner }))).toEqual(["a-eight", "b-three", "c-none"]);
    expect(titles(await api("GET", `/v1/cards?board_id=${boardA.id}&sort=field.${estimate.id}`, { as: owner }))).toEqual([
      "b-three",
      "a-eight",
      "c-none",
    ]);
    // A select field sorts by its options' order, not by name.
    expect(titles(await api("GET", `/v1/cards?board_id=${boardA.id}&sort=field.${priority.id}`, { as: owner }))).toEqual([
      "a-eight",
      "b-three",
      "c-none",
    ]);
    expect(titles(await api("GET", `/v1/cards?board_id=${boardA.id}&sort=due_at`, { as: owner }))).toEqual([
      "a-eight",
      "b-three",
      "c-none",
    ]);
    expect(titles(await api("GET", `/v1/cards?board_id=${boardA.id}&sort=-due_at`, { as: owner }))).toEqual([
      "b-three",
      "a-eight",
      "c-none",
    ]);

    const first = await api("GET", `/v1/cards?sort=title&limit=2`, { as: owner });
    expect(titles(first)).toEqual(["a-eight", "b-three"]);
    const second = await api("GET", `/v1/cards?sort=title&limit=2&cursor=${first.body.next_cursor}`, { as: owner });
    expect(titles(second)).toEqual(["c-none", "d-done"]);
    const third = await api("GET", `/v1/cards?sort=title&limit=2&cursor=${second.body.next_cursor}`, { as: owner });
    expect(titles(third)).toEqual(["e-open"]);
    expect(third.body.next_cursor).toBeNull();

    expect((await api("GET", `/v1/cards?sort=colour`, { as: owner })).status).toBe(400);
    expect((await api("GET", `/v1/cards?sort=title&cursor=${Buffer.from("nope").toString("base64url")}`, { as: owner })).status).toBe(400);
  });

  it("answers 404 for a saved filter the caller cannot see", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const personal = await saved(owner, { name: "Mine", query: "is:open" });
    expect((await api("GET", `/v1/cards?saved_filter_id=${personal.id}`, { as: member })).status).toBe(404);
  });
});
