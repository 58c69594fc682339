import { beforeAll, describe, expect, it } from "vitest";
import { api, type As } from "../support/api";
import { makeBoard, makeCard, makeList, makeTag, snapshotContent } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

let owner: TestUser;
let viewer: TestUser;
let stranger: TestUser;
const f = {} as Record<
  | "board"
  | "otherBoard"
  | "list"
  | "otherList"
  | "card"
  | "tag"
  | "otherTag"
  | "strangerBoard"
  | "strangerList"
  | "strangerCard"
  | "strangerTag",
  string
>;

beforeAll(async () => {
  owner = await createUser();
  viewer = await createMember(owner.workspaceId, "viewer");
  stranger = await createUser();
  f.board = (await makeBoard(owner, "Target")).id;
  f.otherBoard = (await makeBoard(owner, "Other")).id;
  f.list = (await makeList(owner, f.board)).id;
  f.otherList = (await makeList(owner, f.otherBoard)).id;
  f.tag = (await makeTag(owner, f.board, "taken")).id;
  f.otherTag = (await makeTag(owner, f.otherBoard, "elsewhere")).id;
  f.card = (await makeCard(owner, f.list, "Target card", { tag_ids: [f.tag] })).id;
  f.strangerBoard = (await makeBoard(stranger)).id;
  f.strangerList = (await makeList(stranger, f.strangerBoard)).id;
  f.strangerCard = (await makeCard(stranger, f.strangerList)).id;
  f.strangerTag = (await makeTag(stranger, f.strangerBoard)).id;
});

type Case = {
  name: string;
  method: string;
  path: () => string;
  as?: () => As;
  body?: () => unknown;
  headers?: Record<string, string>;
  status: number;
  error: string;
  field?: string;
};

const ZERO_CARD = "card_00000000000000000000000000";
const huge = "x".repeat(50_001);
const bad400 = (name: string, method: string, path: () => string, body?: () => unknown, field?: string): Case => ({
  name,
  method,
  path,
  body,
  status: 400,
  error: "invalid_request",
  field,
});

const listCases: Case[] = [
  bad400(
    "list: missing board_id",
    "POST",
    () => "/v1/lists",
    () => ({ name: "x" }),
    "board_id",
  ),
  bad400(
    "list: board_id wrong type",
    "POST",
    () => "/v1/lists",
    () => ({ board_id: 42, name: "x" }),
    "board_id",
  ),
  bad400(
    "list: board_id of another type",
    "POST",
    () => "/v1/lists",
    () => ({ board_id: f.list, name: "x" }),
    "board_id",
  ),
  bad400(
    "list: blank name",
    "POST",
    () => "/v1/lists",
    () => ({ board_id: f.board, name: "  " }),
    "name",
  ),
  bad400(
    "list: oversize name",
    "POST",
    () => "/v1/lists",
    () => ({ board_id: f.board, name: "n".repeat(201) }),
    "name",
  ),
  bad400(
    "list: negative position",
    "POST",
    () => "/v1/lists",
    () => ({ board_id: f.board, name: "x", position: -1 }),
    "position",
  ),
  bad400(
    "list: fractional position",
    "POST",
    () => "/v1/lists",
    () => ({ board_id: f.board, name: "x", position: 1.5 }),
    "position",
  ),
  bad400(
    "list: string position",
    "POST",
    () => "/v1/lists",
    () => ({ board_id: f.board, name: "x", position: "0" }),
    "position",
  ),
  bad400(
    "list: unknown field",
    "POST",
    () => "/v1/lists",
    () => ({ board_id: f.board, name: "x", color: "red" }),
    "color",
  ),
  bad400(
    "list: malformed JSON",
    "POST",
    () => "/v1/lists",
    () => "{nope",
  ),
  {
    name: "list: not JSON",
    method: "POST",
    path: () => "/v1/lists",
    body: () => "name=x",
    headers: { "content-type": "text/plain" },
    status: 415,
    error: "unsupported_media_type",
  },
  {
    name: "list: another workspace's board",
    method: "POST",
    path: () => "/v1/lists",
    body: () => ({ board_id: f.strangerBoard, name: "x" }),
    status: 404,
    error: "not_found",
  },
  {
    name: "list: viewer creates",
    method: "POST",
    path: () => "/v1/lists",
    as: () => viewer,
    body: () => ({ board_id: f.board, name: "x" }),
    status: 403,
    error: "forbidden",
  },
  bad400(
    "list: empty update",
    "PATCH",
    () => `/v1/lists/${f.list}`,
    () => ({}),
  ),
  bad400(
    "list: archived not boolean",
    "PATCH",
    () => `/v1/lists/${f.list}`,
    () => ({ archived: "yes" }),
    "archived",
  ),
  bad400(
    "list: board_id is not updatable",
    "PATCH",
    () => `/v1/lists/${f.list}`,
    () => ({ board_id: f.otherBoard }),
    "board_id",
  ),
  bad400(
    "list: null name",
    "PATCH",
    () => `/v1/lists/${f.list}`,
    () => ({ name: null }),
    "name",
  ),
  {
    name: "list: unknown id",
    method: "PATCH",
    path: () => "/v1/lists/list_00000000000000000000000000",
    body: () => ({ name: "x" }),
    status: 404,
    error: "not_found",
  },
  { name: "list: id of another type", method: "GET", path: () => `/v1/lists/${f.card}`, status: 404, error: "not_found" },
  {
    name: "list: another workspace's list",
    method: "PATCH",
    path: () => `/v1/lists/${f.strangerList}`,
    body: () => ({ name: "x" }),
    status: 404,
    error: "not_found",
  },
  {
    name: "list: another workspace deletes",
    method: "DELETE",
    path: () => `/v1/lists/${f.list}`,
    as: () => stranger,
    status: 404,
    error: "not_found",
  },
  { name: "list: viewer deletes", method: "DELETE", path: () => `/v1/lists/${f.list}`, as: () => viewer, status: 403, error: "forbidden" },
  bad400("lists: bad board_id filter", "GET", () => "/v1/lists?board_id=nope", undefined, "board_id"),
  bad400("lists: bad archived filter", "GET", () => "/v1/lists?archived=maybe", undefined, "archived"),
  bad400("lists: unknown parameter", "GET", () => "/v1/lists?sort=name"),
  bad400("lists: bad cursor", "GET", () => "/v1/lists?cursor=zzz", undefined, "cursor"),
];

const cardCases: Case[] = [
  bad400(
    "card: missing list_id",
    "POST",
    () => "/v1/cards",
    () => ({ title: "x" }),
    "list_id",
  ),
  bad400(
    "card: missing title",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list }),
    "title",
  ),
  bad400(
    "card: title wrong type",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: 1 }),
    "title",
  ),
  bad400(
    "card: oversize title",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "t".repeat(501) }),
    "title",
  ),
  bad400(
    "card: oversize description",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", description: huge }),
    "description",
  ),
  bad400(
    "card: impossible due date",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", due_at: "2026-02-30T00:00:00Z" }),
    "due_at",
  ),
  bad400(
    "card: due date in words",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", due_at: "tomorrow" }),
    "due_at",
  ),
  bad400(
    "card: due date without zone",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", due_at: "2026-03-01T10:00:00" }),
    "due_at",
  ),
  bad400(
    "card: assignee_ids not an array",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", assignee_ids: owner.id }),
    "assignee_ids",
  ),
  bad400(
    "card: assignee id of another type",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", assignee_ids: [f.card] }),
    "assignee_ids.0",
  ),
  bad400(
    "card: duplicate assignees",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", assignee_ids: [owner.id, owner.id] }),
    "assignee_ids",
  ),
  bad400(
    "card: assignee outside the workspace",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", assignee_ids: [stranger.id] }),
    "assignee_ids",
  ),
  bad400(
    "card: tag of another board",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", tag_ids: [f.otherTag] }),
    "tag_ids",
  ),
  bad400(
    "card: tag of another workspace",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", tag_ids: [f.strangerTag] }),
    "tag_ids",
  ),
  bad400(
    "card: too many tags",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", tag_ids: Array.from({ length: 51 }, (_, i) => `tag_${String(i).padStart(26, "0")}`) }),
    "tag_ids",
  ),
  bad400(
    "card: negative position",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", position: -1 }),
    "position",
  ),
  bad400(
    "card: completed as string",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", completed: "true" }),
    "completed",
  ),
  bad400(
    "card: unknown field",
    "POST",
    () => "/v1/cards",
    () => ({ list_id: f.list, title: "x", board_id: f.board }),
    "board_id",
  ),
  bad400(
    "card: JSON array body",
    "POST",
    () => "/v1/cards",
    () => [],
  ),
  {
    name: "card: another workspace's list",
    method: "POST",
    path: () => "/v1/cards",
    body: () => ({ list_id: f.strangerList, title: "x" }),
    status: 404,
    error: "not_found",
  },
  {
    name: "card: viewer creates",
    method: "POST",
    path: () => "/v1/cards",
    as: () => viewer,
    body: () => ({ list_id: f.list, title: "x" }),
    status: 403,
    error: "forbidden",
  },
  bad400(
    "card: empty update",
    "PATCH",
    () => `/v1/cards/${f.card}`,
    () => ({}),
  ),
  bad400(
    "card: move to another board's list",
    "PATCH",
    () => `/v1/cards/${f.card}`,
    () => ({ list_id: f.otherList }),
    "list_id",
  ),
  bad400(
    "card: move to a list id of another type",
    "PATCH",
    () => `/v1/cards/${f.card}`,
    () => ({ list_id: f.board }),
    "list_id",
  ),
  bad400(
    "card: null position",
    "PATCH",
    () => `/v1/cards/${f.card}`,
    () => ({ position: null }),
    "position",
  ),
  bad400(
    "card: null title",
    "PATCH",
    () => `/v1/cards/${f.card}`,
    () => ({ title: null }),
    "title",
  ),
  bad400(
    "card: bad due date on update",
    "PATCH",
    () => `/v1/cards/${f.card}`,
    () => ({ due_at: "2026-13-01T00:00:00Z" }),
    "due_at",
  ),
  bad400(
    "card: tag of another board on update",
    "PATCH",
    () => `/v1/cards/${f.card}`,
    () => ({ tag_ids: [f.otherTag] }),
    "tag_ids",
  ),
  bad400(
    "card: tag of another board with a valid move",
    "PATCH",
    () => `/v1/cards/${f.card}`,
    () => ({ position: 0, title: "changed", tag_ids: [f.otherTag] }),
    "tag_ids",
  ),
  bad400(
    "card: archived as number",
    "PATCH",
    () => `/v1/cards/${f.card}`,
    () => ({ archived: 1 }),
    "archived",
  ),
  {
    name: "card: move to another workspace's list",
    method: "PATCH",
    path: () => `/v1/cards/${f.card}`,
    body: () => ({ list_id: f.strangerList }),
    status: 404,
    error: "not_found",
  },
  {
    name: "card: unknown id",
    method: "PATCH",
    path: () => `/v1/cards/${ZERO_CARD}`,
    body: () => ({ title: "x" }),
    status: 404,
    error: "not_found",
  },
  { name: "card: id of another type", method: "GET", path: () => `/v1/cards/${f.list}`, status: 404, error: "not_found" },
  { name: "card: very long id", method: "GET", path: () => `/v1/cards/card_${"z".repeat(5000)}`, status: 404, error: "not_found" },
  {
    name: "card: another workspace's card",
    method: "PATCH",
    path: () => `/v1/cards/${f.strangerCard}`,
    body: () => ({ title: "x" }),
    status: 404,
    error: "not_found",
  },
  {
    name: "card: another workspace deletes",
    method: "DELETE",
    path: () => `/v1/cards/${f.card}`,
    as: () => stranger,
    status: 404,
    error: "not_found",
  },
  {
    name: "card: viewer moves",
    method: "PATCH",
    path: () => `/v1/cards/${f.card}`,
    as: () => viewer,
    body: () => ({ position: 0 }),
    status: 403,
    error: "forbidden",
  },
  { name: "card: viewer deletes", method: "DELETE", path: () => `/v1/cards/${f.card}`, as: () => viewer, status: 403, error: "forbidden" },
  {
    name: "card: no session",
    method: "PATCH",
    path: () => `/v1/cards/${f.card}`,
    as: () => null,
    body: () => ({ title: "x" }),
    status: 401,
    error: "unauthorized",
  },
  bad400("cards: due_before not a date", "GET", () => "/v1/cards?due_before=yesterday", undefined, "due_before"),
  bad400("cards: due_after impossible", "GET", () => "/v1/cards?due_after=2026-02-30T00:00:00Z", undefined, "due_after"),
  bad400("cards: updated_since bad month", "GET", () => "/v1/cards?updated_since=2026-13-01T00:00:00Z", undefined, "updated_since"),
  bad400("cards: completed=yes", "GET", () => "/v1/cards?completed=yes", undefined, "completed"),
  bad400("cards: archived=1", "GET", () => "/v1/cards?archived=1", undefined, "archived"),
  bad400("cards: list_id of another type", "GET", () => `/v1/cards?list_id=${f.board}`, undefined, "list_id"),
  bad400("cards: assignee_id malformed", "GET", () => "/v1/cards?assignee_id=me", undefined, "assignee_id"),
  bad400("cards: tag_id malformed", "GET", () => "/v1/cards?tag_id=1", undefined, "tag_id"),
  bad400("cards: limit 0", "GET", () => "/v1/cards?limit=0", undefined, "limit"),
  bad400("cards: repeated parameter", "GET", () => `/v1/cards?list_id=${f.list}&list_id=${f.list}`, undefined, "list_id"),
  bad400("cards: unknown parameter", "GET", () => "/v1/cards?order=title"),
];

const tagCases: Case[] = [
  bad400(
    "tag: color as a word",
    "POST",
    () => "/v1/tags",
    () => ({ board_id: f.board, name: "x", color: "red" }),
    "color",
  ),
  bad400(
    "tag: short hex color",
    "POST",
    () => "/v1/tags",
    () => ({ board_id: f.board, name: "x", color: "#fff" }),
    "color",
  ),
  bad400(
    "tag: missing color",
    "POST",
    () => "/v1/tags",
    () => ({ board_id: f.board, name: "x" }),
    "color",
  ),
  bad400(
    "tag: oversize name",
    "POST",
    () => "/v1/tags",
    () => ({ board_id: f.board, name: "n".repeat(51), color: "#000000" }),
    "name",
  ),
  bad400(
    "tag: missing board_id",
    "POST",
    () => "/v1/tags",
    () => ({ name: "x", color: "#000000" }),
    "board_id",
  ),
  {
    name: "tag: duplicate name",
    method: "POST",
    path: () => "/v1/tags",
    body: () => ({ board_id: f.board, name: "TAKEN", color: "#000000" }),
    status: 409,
    error: "conflict",
  },
  {
    name: "tag: another workspace's board",
    method: "POST",
    path: () => "/v1/tags",
    body: () => ({ board_id: f.strangerBoard, name: "x", color: "#000000" }),
    status: 404,
    error: "not_found",
  },
  {
    name: "tag: viewer creates",
    method: "POST",
    path: () => "/v1/tags",
    as: () => viewer,
    body: () => ({ board_id: f.board, name: "x", color: "#000000" }),
    status: 403,
    error: "forbidden",
  },
  bad400(
    "tag: empty update",
    "PATCH",
    () => `/v1/tags/${f.tag}`,
    () => ({}),
  ),
  bad400(
    "tag: bad color update",
    "PATCH",
    () => `/v1/tags/${f.tag}`,
    () => ({ color: "#12345g" }),
    "color",
  ),
  bad400(
    "tag: board_id is not updatable",
    "PATCH",
    () => `/v1/tags/${f.tag}`,
    () => ({ board_id: f.otherBoard }),
    "board_id",
  ),
  { name: "tag: another workspace's tag", method: "DELETE", path: () => `/v1/tags/${f.strangerTag}`, status: 404, error: "not_found" },
  { name: "tag: id of another type", method: "GET", path: () => `/v1/tags/${f.card}`, status: 404, error: "not_found" },
  { name: "tag: viewer deletes", method: "DELETE", path: () => `/v1/tags/${f.tag}`, as: () => viewer, status: 403, error: "forbidden" },
  bad400("tags: bad board_id filter", "GET", () => "/v1/tags?board_id=1", undefined, "board_id"),
  bad400("tags: unknown parameter", "GET", () => "/v1/tags?name=x"),
];

describe("bad input to lists, cards and tags is refused with the envelope and changes nothing", () => {
  it.each([...listCases, ...cardCases, ...tagCases])("$name → $status", async (c) => {
    const before = await snapshotContent();
    const res = await api(c.method, c.path(), { as: c.as ? c.as() : owner, body: c.body?.(), headers: c.headers });
    expect(res.status, JSON.stringify(res.body)).toBe(c.status);
    expect(res.body).toMatchObject({ error: c.error, message: expect.any(String) });
    expect(res.body.message.length).toBeGreaterThan(5);
    if (c.field) expect(res.body.details?.map((d: { field: string }) => d.field)).toContain(c.field);
    expect(await snapshotContent()).toEqual(before);
  });
});
