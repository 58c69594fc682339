import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { openApiDocumentJson } from "@/lib/api/openapi/document-json";
import { routeModules } from "../support/route-modules";
import { resetRateLimiters } from "@/lib/rate-limit/limiter";
import { api } from "../support/api";
import { createUser, type TestUser } from "../support/factories";

/**
 * "A Read token can never change anything", checked against every mutating handler that exists
 * under app/v1 when the suite runs, so routes added later are covered without editing this file.
 */
const modules = import.meta.glob<Record<string, unknown>>("/app/v1/**/route.ts");
const MUTATING = ["POST", "PUT", "PATCH", "DELETE"];
const document = JSON.parse(openApiDocumentJson(routeModules));

type Case = { method: string; route: string };

const cases: Case[] = [];
for (const [file, load] of Object.entries(modules)) {
  const route = file
    .replace(/^\/app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\w+)\]/g, "{$1}");
  if (/\[\.\.\./.test(route) || /^\/v1\/(openapi\.json|docs|redoc)/.test(route)) continue;
  const mod = await load();
  for (const method of MUTATING) if (typeof mod[method] === "function") cases.push({ method, route });
}
// Deletions last, so a valid delete by the owner cannot take away what a later case uses.
cases.sort((a, b) => Number(a.method === "DELETE") - Number(b.method === "DELETE") || a.route.localeCompare(b.route));

let owner: TestUser;
let readToken: string;
/** Cases whose request the owner could make: for these the refusal is proven to be the scope's. */
const provenByScope: string[] = [];

beforeAll(async () => {
  owner = await createUser();
  readToken = (await api("POST", "/v1/tokens", { as: owner, body: { name: "read only", scope: "read" } })).body.token;
});

/**
 * Real targets, so that as many requests as possible are valid ones (best effort: resources
 * whose routes do not exist yet are simply left out).
 */
async function freshResources(): Promise<Ids> {
  const ids: Ids = {};
  ids.board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Target" } })).body.id;
  ids.token = (await api("POST", "/v1/tokens", { as: owner, body: { name: "victim", scope: "read_write" } })).body.id;
  const list = await api("POST", "/v1/lists", { as: owner, body: { board_id: ids.board, name: "Todo" } });
  if (list.status === 201) ids.list = list.body.id;
  const card = ids.list ? await api("POST", "/v1/cards", { as: owner, body: { list_id: ids.list, title: "Card" } }) : undefined;
  if (card?.status === 201) ids.card = card.body.id;
  return ids;
}

/** A fingerprint of every row of every table (tokens' last_used_at and rate-limit counters aside). */
async function fingerprint(): Promise<string> {
  const db = await getDb();
  const tables = (await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown;
  const names = (Array.isArray(tables) ? tables : (tables as { rows: unknown[] }).rows).map(
    (r) => (r as { table_name: string }).table_name,
  );
  const parts: string[] = [];
  for (const name of names.filter((n) => n !== "rate_limits")) {
    const column =
      name === "api_tokens" ? sql.raw(`(t.id, t.name, t.scope, t.board_ids, t.expires_at, t.revoked_at)::text`) : sql.raw("t::text");
    const result = (await db.execute(
      sql`select md5(coalesce(string_agg(${column}, '|' order by ${column}), '')) as h, count(*) as n from ${sql.identifier(name)} t`,
    )) as unknown;
    const row = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows)[0] as { h: string; n: unknown };
    parts.push(`${name}:${row.n}:${row.h}`);
  }
  return parts.join("\n");
}

/** A plausible body from the documented schema (its example, or its required fields), so requests reach the verb. */
type Ids = Record<string, string>;

function sampleBody(c: Case, ids: Ids): unknown {
  const op = document.paths[c.route]?.[c.method.toLowerCase()];
  const schema = op?.requestBody?.content?.["application/json"]?.schema;
  return schema ? sample(schema, ids) : undefined;
}

function sample(schema: any, ids: Ids, name = ""): unknown {
  if (schema.$ref) return sample(document.components.schemas[schema.$ref.split("/").pop()], ids);
  if (schema.example !== undefined) return schema.example;
  if (schema.anyOf || schema.oneOf) return sample((schema.anyOf ?? schema.oneOf)[0], ids);
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== "null") : schema.type;
  if (schema.enum) return schema.enum[0];
  switch (type) {
    case "string":
      if (schema.format === "date-time") return new Date(Date.now() + 86_400_000).toISOString();
      for (const [kind, id] of Object.entries(ids))
        if (name === `${kind}_id` || String(schema.pattern ?? "").startsWith(`^${kind}_`)) return id;
      return "Sample";
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "array":
      return schema.minItems ? [sample(schema.items, ids)] : [];
    case "object": {
      const out: Record<string, unknown> = {};
      const keys: string[] = schema.required?.length ? schema.required : Object.keys(schema.properties ?? {}).slice(0, 1);
      for (const key of keys) out[key] = sample(schema.properties[key], ids, key);
      return out;
    }
    default:
      return {};
  }
}

describe("a Read token never changes anything", () => {
  it("finds the mutating routes", () => {
    expect(cases.map((c) => `${c.method} ${c.route}`)).toEqual(
      expect.arrayContaining([
        "POST /v1/boards",
        "PATCH /v1/boards/{id}",
        "DELETE /v1/boards/{id}",
        "POST /v1/tokens",
        "DELETE /v1/tokens/{id}",
      ]),
    );
  });

  it.each(cases)("$method $route", async (c) => {
    resetRateLimiters();
    const ids = await freshResources();
    const resource = /^\/v1\/(\w+?)s?\//.exec(c.route)?.[1] ?? "";
    const path = c.route.replace(/\{(\w+)\}/g, () => ids[resource] ?? "x_00000000000000000000000000");
    const body = sampleBody(c, ids);

    const before = await fingerprint();
    const res = await api(c.method, path, { as: { token: readToken }, body });
    expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    if (res.status === 403) expect(res.body.message).toMatch(/read_write/);
    expect(await fingerprint()).toBe(before);

    // When the same request is valid for the owner, the Read token must have been refused for its scope.
    const asOwner = await api(c.method, path, { as: owner, body });
    if (asOwner.status < 300) {
      provenByScope.push(`${c.method} ${c.route}`);
      expect(res.status, `${c.method} ${path} accepted the owner's request but answered the Read token ${res.status}, not 403`).toBe(403);
      expect(res.body).toMatchObject({ error: "forbidden", message: expect.stringMatching(/read_write/) });
    }
  });

  it("proved the refusal was the scope's for the known routes", () => {
    console.log(
      `Read token refused with 403 on ${provenByScope.length} of ${cases.length} requests the owner could make:\n  ${provenByScope.join("\n  ")}`,
    );
    expect(provenByScope).toEqual(
      expect.arrayContaining([
        "POST /v1/boards",
        "PATCH /v1/boards/{id}",
        "DELETE /v1/boards/{id}",
        "POST /v1/tokens",
        "DELETE /v1/tokens/{id}",
      ]),
    );
  });
});
