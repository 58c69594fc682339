import { describe, expect, it } from "vitest";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import { api } from "../support/api";
import { actorOf, eventsOf, makeBoard, makeCard, makeList, snapshotContent } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";
import { startReceiver } from "../support/webhook-receiver";
import { registerWebhook } from "./webhook-test-kit";

type Field = {
  id: string;
  name: string;
  type: string;
  options: { id: string; name: string; color: string; archived: boolean }[];
  position: number;
};

async function boardWithCard(owner: TestUser) {
  const board = await makeBoard(owner, "Fields");
  const list = await makeList(owner, board.id, "Todo");
  const card = await makeCard(owner, list.id, "A card");
  return { board, list, card };
}

async function defineField(owner: TestUser, boardId: string, body: Record<string, unknown>): Promise<Field> {
  const res = await api("POST", "/v1/xattr", { as: owner, body: { board_id: boardId, ...body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const patchFields = (as: TestUser, cardId: string, fields: Record<string, unknown>) =>
  api("PATCH", `/v1/cards/${cardId}`, { as, body: { fields } });

describe("custom field definitions (/v1/xattr)", () => {
  it("creates, lists in board order, renames, reorders and deletes, with custom_field.* events", async () => {
    const owner = await createUser();
    const { board } = await boardWithCard(owner);
    const priority = await defineField(owner, board.id, {
      name: "Priority",
      type: "select",
      options: [
        { name: "High", color: "#EF4444" },
        { name: "Low", color: "#22c55e" },
      ],
      show_on_card: true,
    });
    expect(priority).toMatchObject({ name: "Priority", type: "select", show_on_card: true, position: 0, board_id: board.id });
    expect(priority.options.map((o) => [o.name, o.color, o.archived])).toEqual([
      ["High", "#ef4444", false],
      ["Low", "#22c55e", false],
    ]);
    expect(priority.options.every((o) => /^opt_/.test(o.id))).toBe(true);
    const estimate = await defineField(owner, board.id, { name: "Estimate", type: "number", position: 0 });
    expect(estimate.position).toBe(0);
    expect((await api("GET", `/v1/xattr/${priority.id}`, { as: owner })).body.position).toBe(1);

    const list = await api("GET", `/v1/xattr?board_id=${board.id}`, { as: owner });
    expect(list.status).toBe(200);
    expect(list.body.items.map((f: Field) => f.name).sort()).toEqual(["Estimate", "Priority"]);

    const renamed = await api("PATCH", `/v1/xattr/${priority.id}`, { as: owner, body: { name: "Urgency", position: 0 } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Urgency", position: 0 });
    expect((await api("GET", `/v1/xattr/${estimate.id}`, { as: owner })).body.position).toBe(1);

    expect((await api("DELETE", `/v1/xattr/${priority.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/xattr/${priority.id}`, { as: owner })).status).toBe(404);
    expect((await api("GET", `/v1/xattr/${estimate.id}`, { as: owner })).body.position).toBe(0);

    const recorded = (await eventsOf(board.id)).filter((e) => e.type.startsWith("custom_field."));
    expect(recorded.map((e) => e.type)).toEqual([
      "custom_field.created",
      "custom_field.created",
      "custom_field.updated",
      "custom_field.deleted",
    ]);
    expect(recorded[2].changes).toMatchObject({ name: { from: "Priority", to: "Urgency" }, position: { from: 1, to: 0 } });
    expect(recorded[0].actor).toEqual(actorOf(owner));
  });

  it("adds, renames, recolours and archives options, and refuses dropping one", async () => {
    const owner = await createUser();
    const { board } = await boardWithCard(owner);
    const field = await defineField(owner, board.id, { name: "Stage", type: "multi_select", options: [{ name: "A" }, { name: "B" }] });
    const [a, b] = field.options;
    const res = await api("PATCH", `/v1/xattr/${field.id}`, {
      as: owner,
      body: { options: [{ id: b.id, name: "Bee", color: "#000000" }, { id: a.id, name: "A", archived: true }, { name: "C" }] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.options.map((o: Field["options"][0]) => [o.name, o.archived])).toEqual([
      ["Bee", false],
      ["A", true],
      ["C", false],
    ]);
    expect(res.body.options[0]).toMatchObject({ id: b.id, color: "#000000" });

    const before = await snapshotContent();
    const dropped = await api("PATCH", `/v1/xattr/${field.id}`, { as: owner, body: { options: [{ id: b.id, name: "Bee" }] } });
    expect(dropped.status).toBe(400);
    expect(dropped.body.message).toMatch(/archived, not removed/);
    const notMine = await api("PATCH", `/v1/xattr/${field.id}`, {
      as: owner,
      body: { options: [{ id: "opt_00000000000000000000000000", name: "X" }] },
    });
    expect(notMine.status).toBe(400);
    const optionsOnText = await api("POST", "/v1/xattr", {
      as: owner,
      body: { board_id: board.id, name: "Notes", type: "text", options: [{ name: "x" }] },
    });
    expect(optionsOnText.status).toBe(400);
    expect(await snapshotContent()).toEqual(before);
  });

  it("refuses duplicate names (ignoring case) with 409 and unknown types with 400", async () => {
    const owner = await createUser();
    const { board } = await boardWithCard(owner);
    await defineField(owner, board.id, { name: "Estimate", type: "number" });
    expect((await api("POST", "/v1/xattr", { as: owner, body: { board_id: board.id, name: "estimate", type: "text" } })).status).toBe(409);
    const bad = await api("POST", "/v1/xattr", { as: owner, body: { board_id: board.id, name: "X", type: "money" } });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe("type");
  });

  it("keeps another workspace's fields out of sight, and viewers read-only", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const viewer = await createMember(owner.workspaceId, "viewer");
    const { board } = await boardWithCard(owner);
    const field = await defineField(owner, board.id, { name: "Estimate", type: "number" });
    expect((await api("GET", `/v1/xattr/${field.id}`, { as: stranger })).status).toBe(404);
    expect((await api("GET", "/v1/xattr", { as: stranger })).body.items).toEqual([]);
    expect((await api("GET", `/v1/xattr/${field.id}`, { as: viewer })).status).toBe(200);
    expect((await api("PATCH", `/v1/xattr/${field.id}`, { as: viewer, body: { name: "Y" } })).status).toBe(403);
  });
});

describe("custom field values on cards", () => {
  it("sets and clears a value of every type through PATCH /v1/cards, shown in GET, lists and the board snapshot", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const { board, card } = await boardWithCard(owner);
    const select = await defineField(owner, board.id, { name: "Priority", type: "select", options: [{ name: "High" }, { name: "Low" }] });
    const multi = await defineField(owner, board.id, { name: "Areas", type: "multi_select", options: [{ name: "API" }, { name: "UI" }] });
    const fields = {
      [(await defineField(owner, board.id, { name: "Notes", type: "text" })).id]: "needs a review",
      [(await defineField(owner, board.id, { name: "Estimate", type: "number" })).id]: 3.5,
      [(await defineField(owner, board.id, { name: "Launch", type: "date" })).id]: "2026-12-31",
      [(await defineField(owner, board.id, { name: "Signed off", type: "checkbox" })).id]: true,
      [select.id]: select.options[0].id,
      // Sent out of option order: stored in the field's order.
      [multi.id]: [multi.options[1].id, multi.options[0].id],
      [(await defineField(owner, board.id, { name: "Reviewer", type: "user" })).id]: member.id,
      [(await defineField(owner, board.id, { name: "Spec", type: "url" })).id]: "https://example.com/spec",
    };
    const res = await patchFields(owner, card.id, fields);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const expected = { ...fields, [multi.id]: [multi.options[0].id, multi.options[1].id] };
    expect(res.body.fields).toEqual(expected);
    expect((await api("GET", `/v1/cards/${card.id}`, { as: owner })).body.fields).toEqual(expected);
    expect((await api("GET", `/v1/cards?board_id=${board.id}`, { as: owner })).body.items[0].fields).toEqual(expected);
    expect((await api("GET", `/v1/boards/${board.id}/snapshot`, { as: owner })).body.cards[0].fields).toEqual(expected);

    const updated = (await eventsOf(board.id)).filter((e) => e.type === "card.updated").at(-1)!;
    expect(Object.keys(updated.changes!).sort()).toEqual(
      Object.keys(fields)
        .map((id) => `fields.${id}`)
        .sort(),
    );
    expect(updated.changes![`fields.${select.id}`]).toEqual({ from: null, to: select.options[0].id });

    // null, "", [] and false clear: the field is then absent.
    const cleared = await patchFields(owner, card.id, Object.fromEntries(Object.keys(fields).map((id) => [id, null])));
    expect(cleared.body.fields).toEqual({});
    const again = await patchFields(owner, card.id, { [multi.id]: [], [select.id]: null });
    expect(again.status).toBe(200);
    expect((await eventsOf(board.id)).filter((e) => e.type === "card.updated").length).toBe(2);
  });

  it("refuses a value of the wrong type with a 400 naming the field, and changes nothing", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const { board, card } = await boardWithCard(owner);
    const other = await boardWithCard(owner);
    const field = (name: string, type: string, extra = {}) => defineField(owner, board.id, { name, type, ...extra });
    const number = await field("Estimate", "number");
    const date = await field("Launch", "date");
    const check = await field("Done", "checkbox");
    const select = await field("Priority", "select", { options: [{ name: "High" }, { name: "Old", archived: true }] });
    const multi = await field("Areas", "multi_select", { options: [{ name: "API" }] });
    const user = await field("Reviewer", "user");
    const url = await field("Spec", "url");
    const text = await field("Notes", "text");
    const foreign = await defineField(owner, other.board.id, { name: "Elsewhere", type: "text" });
    const before = await snapshotContent();
    const cases: [string, unknown][] = [
      [number.id, "3"],
      [number.id, Number.MAX_VALUE],
      [date.id, "2026-02-30"],
      [date.id, "31/12/2026"],
      [check.id, "yes"],
      [select.id, "opt_00000000000000000000000000"],
      [select.id, select.options[1].id],
      [multi.id, [multi.options[0].id, multi.options[0].id]],
      [multi.id, multi.options[0].id],
      [user.id, stranger.id],
      [url.id, "javascript:alert(1)"],
      [url.id, "not a url"],
      [text.id, 42],
      [text.id, "x".repeat(10_001)],
      [foreign.id, "hello"],
    ];
    for (const [id, value] of cases) {
      const res = await patchFields(owner, card.id, { [id]: value });
      expect(res.status, `${id} ${JSON.stringify(value)}`).toBe(400);
      expect(res.body.details[0].field).toBe(`fields.${id}`);
    }
    expect((await patchFields(owner, card.id, { not_an_id: 1 })).status).toBe(400);
    expect(await snapshotContent()).toEqual(before);
  });

  it("sets and clears through /v1/xattr/{id}/values/{card_id}, and creates cards with values", async () => {
    const owner = await createUser();
    const { board, list, card } = await boardWithCard(owner);
    const estimate = await defineField(owner, board.id, { name: "Estimate", type: "number" });
    const put = await api("PUT", `/v1/xattr/${estimate.id}/values/${card.id}`, { as: owner, body: { value: 8 } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.fields).toEqual({ [estimate.id]: 8 });
    expect((await api("PUT", `/v1/xattr/${estimate.id}/values/${card.id}`, { as: owner, body: {} })).status).toBe(400);
    const cleared = await api("DELETE", `/v1/xattr/${estimate.id}/values/${card.id}`, { as: owner });
    expect(cleared.body.fields).toEqual({});
    const other = await boardWithCard(owner);
    expect((await api("PUT", `/v1/xattr/${estimate.id}/values/${other.card.id}`, { as: owner, body: { value: 1 } })).status).toBe(400);

    const created = await makeCard(owner, list.id, "With a value", { fields: { [estimate.id]: 2 } });
    expect(created.fields).toEqual({ [estimate.id]: 2 });
    const createdEvent = (await eventsOf(board.id)).find((e) => e.type === "card.created" && (e.data as { id: string }).id === created.id)!;
    expect((createdEvent.data as { fields: unknown }).fields).toEqual({ [estimate.id]: 2 });
  });

  it("deleting a field removes its values, each card recording card.updated, and archiving an option keeps it on cards", async () => {
    const owner = await createUser();
    const { board, card } = await boardWithCard(owner);
    const select = await defineField(owner, board.id, { name: "Priority", type: "select", options: [{ name: "High" }] });
    await patchFields(owner, card.id, { [select.id]: select.options[0].id });
    const archived = await api("PATCH", `/v1/xattr/${select.id}`, {
      as: owner,
      body: { options: [{ ...select.options[0], archived: true }] },
    });
    expect(archived.status).toBe(200);
    // Still set, and may be sent again unchanged, but not chosen anew elsewhere.
    expect((await patchFields(owner, card.id, { [select.id]: select.options[0].id })).status).toBe(200);
    expect((await api("GET", `/v1/cards/${card.id}`, { as: owner })).body.fields).toEqual({ [select.id]: select.options[0].id });

    expect((await api("DELETE", `/v1/xattr/${select.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/cards/${card.id}`, { as: owner })).body.fields).toEqual({});
    const last = (await eventsOf(board.id)).at(-1)!;
    expect(last.type).toBe("card.updated");
    expect(last.changes).toEqual({ [`fields.${select.id}`]: { from: select.options[0].id, to: null } });
  });

  it("delivers custom_field.* and the card.updated naming the field to a webhook", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
    const receiver = await startReceiver();
    const worker = new EmbeddedWorker({ pollMs: 50, concurrency: 2 }).start();
    try {
      const owner = await createUser();
      const { board, card } = await boardWithCard(owner);
      await registerWebhook(owner, {
        url: receiver.url,
        events: ["custom_field.created", "custom_field.updated", "custom_field.deleted", "card.updated"],
      });
      const field = await defineField(owner, board.id, { name: "Estimate", type: "number" });
      await patchFields(owner, card.id, { [field.id]: 5 });
      await api("PATCH", `/v1/xattr/${field.id}`, { as: owner, body: { show_on_card: true } });
      await api("DELETE", `/v1/xattr/${field.id}`, { as: owner });
      const bodies = (await receiver.waitFor(5)).map((r) => JSON.parse(r.rawBody));
      expect(bodies.map((b) => b.event).sort()).toEqual(
        ["card.updated", "card.updated", "custom_field.created", "custom_field.deleted", "custom_field.updated"].sort(),
      );
      const set = bodies.find((b) => b.event === "card.updated" && b.changes[`fields.${field.id}`]?.to === 5);
      expect(set.data.fields).toEqual({ [field.id]: 5 });
      expect(bodies.find((b) => b.event === "custom_field.updated").changes).toEqual({ show_on_card: { from: false, to: true } });
    } finally {
      await worker.stop();
      await receiver.stop();
    }
  });
});
