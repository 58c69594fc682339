import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { boards, events } from "@/db/schema";
import { api, type As } from "../support/api";
import { createMember, createUser, type TestUser } from "../support/factories";

let owner: TestUser;
let viewer: TestUser;
let stranger: TestUser;
let boardId: string;

beforeAll(async () => {
  owner = await createUser();
  viewer = await createMember(owner.workspaceId, "viewer");
  stranger = await createUser();
  boardId = (await api("POST", "/v1/boards", { as: owner, body: { name: "Target" } })).body.id;
});

async function snapshot() {
  const db = await getDb();
  const [b] = await db.select({ n: count() }).from(boards);
  const [e] = await db.select({ n: count() }).from(events);
  const [target] = await db
    .select()
    .from(boards)
    .where((await import("drizzle-orm")).eq(boards.id, boardId));
  return { boards: b.n, events: e.n, target };
}

type Case = {
  name: string;
  method: string;
  path: () => string;
  as?: () => As;
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  error: string;
};

const big = "x".repeat(1024 * 1024 + 10);

const cases: Case[] = [
  { name: "malformed JSON", method: "POST", path: () => "/v1/boards", body: "{not json", status: 400, error: "invalid_request" },
  {
    name: "empty body",
    method: "POST",
    path: () => "/v1/boards",
    body: "",
    headers: { "content-type": "application/json" },
    status: 400,
    error: "invalid_request",
  },
  { name: "JSON array body", method: "POST", path: () => "/v1/boards", body: [], status: 400, error: "invalid_request" },
  { name: "missing name", method: "POST", path: () => "/v1/boards", body: {}, status: 400, error: "invalid_request" },
  { name: "wrong type", method: "POST", path: () => "/v1/boards", body: { name: 42 }, status: 400, error: "invalid_request" },
  { name: "blank name", method: "POST", path: () => "/v1/boards", body: { name: "   " }, status: 400, error: "invalid_request" },
  {
    name: "oversize name",
    method: "POST",
    path: () => "/v1/boards",
    body: { name: "n".repeat(201) },
    status: 400,
    error: "invalid_request",
  },
  {
    name: "unknown field",
    method: "POST",
    path: () => "/v1/boards",
    body: { name: "x", color: "red" },
    status: 400,
    error: "invalid_request",
  },
  {
    name: "body over 1 MiB",
    method: "POST",
    path: () => "/v1/boards",
    body: { name: "x", description: big },
    status: 413,
    error: "payload_too_large",
  },
  {
    name: "not JSON content type",
    method: "POST",
    path: () => "/v1/boards",
    body: "name=x",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    status: 415,
    error: "unsupported_media_type",
  },
  { name: "empty update", method: "PATCH", path: () => `/v1/boards/${boardId}`, body: {}, status: 400, error: "invalid_request" },
  {
    name: "update wrong type",
    method: "PATCH",
    path: () => `/v1/boards/${boardId}`,
    body: { active: "yes" },
    status: 400,
    error: "invalid_request",
  },
  {
    name: "unknown id",
    method: "PATCH",
    path: () => "/v1/boards/board_00000000000000000000000000",
    body: { name: "x" },
    status: 404,
    error: "not_found",
  },
  { name: "id of another type", method: "GET", path: () => "/v1/boards/card_123", status: 404, error: "not_found" },
  {
    name: "another workspace's id",
    method: "PATCH",
    path: () => `/v1/boards/${boardId}`,
    as: () => stranger,
    body: { name: "x" },
    status: 404,
    error: "not_found",
  },
  {
    name: "another workspace deletes",
    method: "DELETE",
    path: () => `/v1/boards/${boardId}`,
    as: () => stranger,
    status: 404,
    error: "not_found",
  },
  {
    name: "viewer writes",
    method: "PATCH",
    path: () => `/v1/boards/${boardId}`,
    as: () => viewer,
    body: { name: "x" },
    status: 403,
    error: "forbidden",
  },
  {
    name: "viewer creates",
    method: "POST",
    path: () => "/v1/boards",
    as: () => viewer,
    body: { name: "x" },
    status: 403,
    error: "forbidden",
  },
  { name: "no session", method: "POST", path: () => "/v1/boards", as: () => null, body: { name: "x" }, status: 401, error: "unauthorized" },
  { name: "no session read", method: "GET", path: () => "/v1/boards", as: () => null, status: 401, error: "unauthorized" },
  {
    name: "forged cookie",
    method: "GET",
    path: () => "/v1/boards",
    as: () => ({ cookie: "authjs.session-token=forged" }),
    status: 401,
    error: "unauthorized",
  },
  {
    name: "malformed Authorization",
    method: "GET",
    path: () => "/v1/boards",
    headers: { authorization: "Basic abc" },
    as: () => null,
    status: 401,
    error: "unauthorized",
  },
  {
    name: "unknown token",
    method: "GET",
    path: () => "/v1/boards",
    as: () => ({ token: "tt_unknown" }),
    status: 401,
    error: "unauthorized",
  },
  {
    name: "cross-site cookie mutation",
    method: "POST",
    path: () => "/v1/boards",
    body: { name: "x" },
    headers: { origin: "https://evil.example" },
    status: 403,
    error: "forbidden",
  },
  { name: "bad limit", method: "GET", path: () => "/v1/boards?limit=0", status: 400, error: "invalid_request" },
  { name: "limit too large", method: "GET", path: () => "/v1/boards?limit=1000", status: 400, error: "invalid_request" },
  { name: "bad cursor", method: "GET", path: () => "/v1/boards?cursor=%%%", status: 400, error: "invalid_request" },
  { name: "unknown query value", method: "GET", path: () => "/v1/boards?active=maybe", status: 400, error: "invalid_request" },
  { name: "unknown query parameter", method: "GET", path: () => "/v1/boards?colour=red", status: 400, error: "invalid_request" },
  { name: "unknown route", method: "GET", path: () => "/v1/nope", status: 404, error: "not_found" },
  { name: "unknown nested route", method: "POST", path: () => `/v1/boards/${boardId}/nope`, body: {}, status: 404, error: "not_found" },
];

describe("bad input is refused with the envelope and changes nothing", () => {
  it.each(cases)("$name → $status", async (c) => {
    const before = await snapshot();
    const as = c.as ? c.as() : owner;
    // Unknown routes are among the cases: probing what is not documented is the point.
    const res = await api(c.method, c.path(), { as, body: c.body, headers: c.headers, undocumented: true });
    expect(res.status).toBe(c.status);
    expect(res.body).toMatchObject({ error: c.error, message: expect.any(String) });
    expect(res.body.message.length).toBeGreaterThan(5);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });

  it("names each invalid field in details", async () => {
    const res = await api("POST", "/v1/boards", { as: owner, body: { name: 1, description: 2, extra: true } });
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["name", "description", "extra"]));
  });
});
