import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { collectOperations } from "@/lib/api/openapi/collect-operations";
import { openApiDocumentJson } from "@/lib/api/openapi/document-json";
import type { Operation } from "@/lib/api/openapi/registry";
import type { IdKind } from "@/lib/ids";
import { api, type ApiResponse } from "../support/api";
import { createMember, createUser, type TestUser } from "../support/factories";
import { idKindOf, operationName } from "../support/operation-requests";
import { routeModules } from "../support/route-modules";
import { allowLoopbackWebhooks } from "./webhook-test-kit";

/**
 * The bad-input corpus, generated from the OpenAPI document: every operation gets hostile path
 * ids, hostile query values and, for each body field, values of the wrong type and text the API
 * refuses (NUL, unpaired surrogates, oversize), all aimed at real resources so a bug would have
 * something to change. Each must answer below 500 — a 4xx with the `{error, message}` envelope
 * for every refused body — carry X-Request-Id, and leave every table exactly as it was.
 * Operations added later are covered by being in the document.
 */
const document = JSON.parse(openApiDocumentJson(routeModules));
const operations = collectOperations(routeModules);

type JsonSchema = {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};

function resolve(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema?.$ref) return schema;
  return resolve(document.components.schemas[schema.$ref.replace("#/components/schemas/", "")]);
}

function typesOf(schema: JsonSchema): string[] {
  const s = resolve(schema) ?? {};
  if (s.anyOf) return s.anyOf.flatMap(typesOf);
  return [s.type ?? "any"].flat();
}

const NUL = "before\u0000after";
const LONE_SURROGATE = "\ud800x";
const HUGE = "y".repeat(300_000);

/** Values no field of these types accepts. */
function hostileValues(schema: JsonSchema): unknown[] {
  const types = typesOf(schema);
  const values: unknown[] = [{ nested: { deeper: [1, 2, { x: NUL }] } }];
  if (!types.includes("string")) values.push("not the right type", NUL);
  if (types.includes("string")) values.push(NUL, LONE_SURROGATE, HUGE, 42, true, ["a"]);
  if (types.includes("integer") || types.includes("number")) values.push(-1e30, 1e30, "12abc");
  if (types.includes("integer")) values.push(1.5);
  if (types.includes("boolean")) values.push("yes", 1);
  if (types.includes("array"))
    values.push(
      [NUL],
      [LONE_SURROGATE],
      Array.from({ length: 5000 }, (_, i) => `x${i}`),
    );
  return values;
}

function bodyFields(operation: Pick<Operation, "method" | "path">): Record<string, JsonSchema> {
  const body = document.paths[operation.path][operation.method].requestBody?.content?.["application/json"]?.schema;
  return resolve(body)?.properties ?? {};
}

function queryParameters(operation: Pick<Operation, "method" | "path">): string[] {
  return (document.paths[operation.path][operation.method].parameters ?? [])
    .filter((p: { in: string }) => p.in === "query")
    .map((p: { name: string }) => p.name);
}

const HOSTILE_PATH_IDS = ["%00", "x%00y", "%ED%A0%80", "board_" + "z".repeat(400), "..%2F..%2Fetc", "%F0%9F%92%A9", "'%20OR%201=1--"];
const HOSTILE_QUERY_VALUES = ["%00", "a%00b", "%ED%A0%80", "-1", "1e999", "z".repeat(5000), "%27%3B--"];

let owner: TestUser;
const fixtures: Partial<Record<IdKind, string>> = {};

beforeAll(async () => {
  allowLoopbackWebhooks();
  owner = await createUser();
  const member = await createMember(owner.workspaceId, "member");
  const as = owner;
  const board = (await api("POST", "/v1/boards", { as, body: { name: "Corpus" } })).body;
  const list = (await api("POST", "/v1/lists", { as, body: { board_id: board.id, name: "Todo" } })).body;
  const tag = (await api("POST", "/v1/tags", { as, body: { board_id: board.id, name: "red", color: "#ef4444" } })).body;
  const card = (await api("POST", "/v1/cards", { as, body: { list_id: list.id, title: "Target", tag_ids: [tag.id] } })).body;
  const comment = (await api("POST", "/v1/comments", { as, body: { card_id: card.id, body: "keep me" } })).body;
  const checklist = (await api("POST", "/v1/checklists", { as, body: { card_id: card.id, title: "Steps", items: [{ text: "one" }] } }))
    .body;
  const entry = (
    await api("POST", "/v1/time_entries", {
      as,
      body: { card_id: card.id, started_at: "2026-01-01T10:00:00Z", ended_at: "2026-01-01T11:00:00Z" },
    })
  ).body;
  const token = (await api("POST", "/v1/tokens", { as, body: { name: "corpus", scope: "read" } })).body;
  const webhook = (await api("POST", "/v1/webhooks", { as, body: { url: "http://127.0.0.1:9/hook", events: ["card.created"] } })).body;
  const invite = (await api("POST", "/v1/users", { as, body: { email: `invitee.${Date.now()}@example.test` } })).body;
  Object.assign(fixtures, {
    board: board.id,
    list: list.id,
    tag: tag.id,
    card: card.id,
    comment: comment.id,
    checklist: checklist.id,
    checklistItem: checklist.items?.[0]?.id,
    timeEntry: entry.id,
    token: token.id,
    webhook: webhook.id,
    invite: invite.id,
    user: member.id,
  });
  const missing = Object.entries(fixtures)
    .filter(([, id]) => typeof id !== "string")
    .map(([k]) => k);
  expect(missing, JSON.stringify({ checklist, entry, webhook, invite, token }).slice(0, 1500)).toEqual([]);
});

function realPath(operation: Operation): string {
  const shape = operation.contract.params?.shape ?? {};
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const kind = idKindOf(shape[name] as never);
    // A delivery needs a real event to exist; any well-shaped id will do for hostile input.
    return fixtures[kind] ?? `msg_${"0".repeat(26)}`;
  });
}

/** Every row of every table, as text: a change anywhere shows. */
async function fingerprint(): Promise<string> {
  const db = await getDb();
  const tables = (await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`)) as unknown as {
    rows?: { tablename: string }[];
  } & { tablename: string }[];
  const names = (tables.rows ?? tables).map((t) => t.tablename).filter((t) => !t.startsWith("__drizzle") && t !== "rate_limits");
  const parts: string[] = [];
  for (const name of names) {
    const result = (await db.execute(
      sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${name}" t`),
    )) as unknown as { rows?: { h: string }[] } & { h: string }[];
    parts.push(`${name}:${(result.rows ?? result)[0].h}`);
  }
  return parts.join("\n");
}

type Probe = { what: string; send: () => Promise<ApiResponse>; refused: boolean };

function probesOf(operation: Operation): Probe[] {
  const method = operation.method.toUpperCase();
  const path = realPath(operation);
  const probes: Probe[] = [];
  for (const id of HOSTILE_PATH_IDS) {
    if (!operation.contract.params) break;
    const hostile = path.replace(/\/[a-z]+_[0-9a-z]{26}(?=\/|$)/, `/${id}`);
    probes.push({
      what: `path id ${id.slice(0, 20)}`,
      refused: true,
      send: () => api(method, hostile, { as: owner, body: operation.contract.body ? {} : undefined }),
    });
  }
  for (const name of queryParameters(operation)) {
    for (const value of HOSTILE_QUERY_VALUES)
      probes.push({
        what: `?${name}=${value.slice(0, 20)}`,
        refused: false,
        send: () => api(method, `${path}?${name}=${value}`, { as: owner }),
      });
    probes.push({ what: `?${name} repeated`, refused: false, send: () => api(method, `${path}?${name}=a&${name}=b`, { as: owner }) });
  }
  if (operation.contract.body) {
    for (const raw of ["[]", "null", '"text"', "42", "{", '{"a":1}{"b":2}', '{"__proto__":{"admin":true}}', "[".repeat(5000)]) {
      probes.push({ what: `body ${raw.slice(0, 20)}`, refused: true, send: () => api(method, path, { as: owner, body: raw }) });
    }
    probes.push({ what: "unknown field", refused: true, send: () => api(method, path, { as: owner, body: { no_such_field: 1 } }) });
    probes.push({ what: "NUL in a key", refused: true, send: () => api(method, path, { as: owner, body: { [NUL]: "x" } }) });
    for (const [field, schema] of Object.entries(bodyFields(operation))) {
      for (const value of hostileValues(schema)) {
        const label = typeof value === "string" ? JSON.stringify(value.slice(0, 12)) : JSON.stringify(value)?.slice(0, 30);
        probes.push({ what: `${field}: ${label}`, refused: true, send: () => api(method, path, { as: owner, body: { [field]: value } }) });
      }
    }
  }
  return probes;
}

describe("hostile input to every operation changes nothing and never answers 5xx", () => {
  const withInput = operations.filter((op) => op.contract.params || op.contract.query || op.contract.body);

  it("covers every operation that takes any input", () => {
    expect(withInput.length).toBeGreaterThan(60);
  });

  it.each(withInput.map((op) => ({ op, name: operationName(op) })))("$name", async ({ op }) => {
    const before = await fingerprint();
    const problems: string[] = [];
    let sent = 0;
    for (const probe of probesOf(op)) {
      const res = await probe.send();
      sent++;
      if (res.status >= 500) problems.push(`${probe.what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      else if (probe.refused && (res.status < 400 || typeof res.body?.error !== "string" || typeof res.body?.message !== "string"))
        problems.push(`${probe.what}: answered ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
      if (res.status >= 400 && typeof res.body?.error !== "string") problems.push(`${probe.what}: ${res.status} without the envelope`);
      if (!res.headers.get("x-request-id")) problems.push(`${probe.what}: no X-Request-Id`);
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(0);
    expect(await fingerprint(), "hostile input changed the database").toBe(before);
  });
});
