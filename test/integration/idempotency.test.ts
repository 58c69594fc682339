import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { cards, events, files, idempotencyKeys } from "@/db/schema";
import { generateOpenApiDocument } from "@/lib/api/openapi/generate-document";
import { collectOperations } from "@/lib/api/openapi/collect-operations";
import { pruneIdempotencyKeys } from "@/lib/idempotency/idempotency";
import { api, TEST_ORIGIN, type As } from "../support/api";
import { makeBoard, makeList } from "../support/board-content";
import { createUser, type TestUser } from "../support/factories";
import { dispatch } from "../support/router";
import { routeModules } from "../support/route-modules";

let dir: string;
let owner: TestUser;
let listId: string;
let boardId: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "tasktide-idem-"));
  process.env.DATA_DIR = dir;
  owner = await createUser();
  boardId = (await makeBoard(owner)).id;
  listId = (await makeList(owner, boardId)).id;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = () => randomUUID();
const withKey = (k: string) => ({ "idempotency-key": k });

async function cardCount(title: string): Promise<number> {
  const [row] = await (await getDb()).select({ n: count() }).from(cards).where(eq(cards.title, title));
  return row.n;
}

async function cardEvents(title: string): Promise<number> {
  const [row] = await (
    await getDb()
  )
    .select({ n: count() })
    .from(events)
    .where(and(eq(events.type, "card.created"), sql`${events.data}->>'title' = ${title}`));
  return row.n;
}

describe("Idempotency-Key on POST /v1/*", () => {
  it("replays the first response for the same key and body, creating nothing new (no second event)", async () => {
    const k = key();
    const title = `Once ${k}`;
    const first = await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title }, headers: withKey(k) });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title }, headers: withKey(k) });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("content-type")).toMatch(/application\/json/);
    expect(again.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(await cardCount(title)).toBe(1);
    expect(await cardEvents(title)).toBe(1);
  });

  it("without a key, the same request twice creates twice", async () => {
    const title = `Twice ${key()}`;
    for (let i = 0; i < 2; i++) expect((await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title } })).status).toBe(201);
    expect(await cardCount(title)).toBe(2);
  });

  it("the same key with another body is 422 idempotency_key_reused and changes nothing", async () => {
    const k = key();
    const title = `First ${k}`;
    expect((await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title }, headers: withKey(k) })).status).toBe(201);
    const other = await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title: `Second ${k}` }, headers: withKey(k) });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ error: "idempotency_key_reused", message: expect.stringContaining("POST /v1/cards") });
    expect(await cardCount(`Second ${k}`)).toBe(0);
    // Another operation with the key is another request too.
    const elsewhere = await api("POST", "/v1/lists", { as: owner, body: { list_id: listId, title }, headers: withKey(k) });
    expect(elsewhere.status).toBe(422);
  });

  it("keys belong to their caller: another user, or the same user's token, runs its own request", async () => {
    const k = key();
    const title = `Mine ${k}`;
    const other = await createUser();
    const otherList = (await makeList(other, (await makeBoard(other)).id)).id;
    const token = (await api("POST", "/v1/tokens", { as: owner, body: { name: "script", scope: "read_write" } })).body.token;
    expect((await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title }, headers: withKey(k) })).status).toBe(201);
    const theirs = await api("POST", "/v1/cards", { as: other, body: { list_id: otherList, title }, headers: withKey(k) });
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    const viaToken = await api("POST", "/v1/cards", { as: { token }, body: { list_id: listId, title }, headers: withKey(k) });
    expect(viaToken.status).toBe(201);
    expect(viaToken.headers.get("idempotent-replayed")).toBeNull();
    expect(await cardCount(title)).toBe(3);
  });

  it("concurrent duplicates: one runs; the others get 409 idempotency_key_in_use (Retry-After) or the replay", async () => {
    const k = key();
    const title = `Racing ${k}`;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title }, headers: withKey(k) })),
    );
    const ran = results.filter((r) => r.status === 201 && !r.headers.get("idempotent-replayed"));
    expect(ran).toHaveLength(1);
    for (const r of results.filter((x) => x !== ran[0])) {
      if (r.status === 409) {
        expect(r.body.error).toBe("idempotency_key_in_use");
        expect(r.headers.get("retry-after")).toBe("1");
      } else {
        expect(r.status).toBe(201);
        expect(r.headers.get("idempotent-replayed")).toBe("true");
        expect(r.body).toEqual(ran[0].body);
      }
    }
    expect(await cardCount(title)).toBe(1);
    // Once the first finished, a retry gets its response.
    const after = await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title }, headers: withKey(k) });
    expect(after.headers.get("idempotent-replayed")).toBe("true");
    expect(after.body).toEqual(ran[0].body);
  });

  it("keeps a 4xx answer too (the same request gets the same answer), and replays 204s", async () => {
    const k = key();
    const missing = { list_id: listId.replace(/.$/, "0") === listId ? listId.replace(/.$/, "1") : listId.replace(/.$/, "0"), title: "x" };
    const first = await api("POST", "/v1/cards", { as: owner, body: missing, headers: withKey(k) });
    expect(first.status).toBe(404);
    const again = await api("POST", "/v1/cards", { as: owner, body: missing, headers: withKey(k) });
    expect(again.status).toBe(404);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
  });

  it("a malformed key is 400 and nothing runs", async () => {
    const title = `Bad key ${key()}`;
    for (const bad of ["has space", "x".repeat(256), "é"]) {
      const res = await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title }, headers: withKey(bad) });
      expect(res.status, bad).toBe(400);
      expect(res.body.error).toBe("invalid_request");
    }
    expect(await cardCount(title)).toBe(0);
  });

  it("keys expire after 24 hours: a later use runs again, and pruning deletes them", async () => {
    const k = key();
    const title = `Tomorrow ${k}`;
    expect((await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title }, headers: withKey(k) })).status).toBe(201);
    const db = await getDb();
    await db
      .update(idempotencyKeys)
      .set({ createdAt: new Date(Date.now() - 25 * 3600_000) })
      .where(eq(idempotencyKeys.key, k));
    const later = await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title }, headers: withKey(k) });
    expect(later.status).toBe(201);
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect(await cardCount(title)).toBe(2);

    await db
      .update(idempotencyKeys)
      .set({ createdAt: new Date(Date.now() - 25 * 3600_000) })
      .where(eq(idempotencyKeys.key, k));
    const fresh = key();
    await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title: `Fresh ${fresh}` }, headers: withKey(fresh) });
    expect(await pruneIdempotencyKeys(db)).toBeGreaterThanOrEqual(1);
    const left = await db.select({ key: idempotencyKeys.key }).from(idempotencyKeys);
    expect(left.map((r) => r.key)).not.toContain(k);
    expect(left.map((r) => r.key)).toContain(fresh);
  });

  it("a multipart upload with a key is stored once; its retry is answered without reading the file again", async () => {
    const card = (await api("POST", "/v1/cards", { as: owner, body: { list_id: listId, title: `Files ${key()}` } })).body;
    const k = key();
    const send = (content: string) => {
      const boundary = `----idem${randomUUID()}`;
      const body = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="card_id"\r\n\r\n${card.id}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`,
      );
      return dispatch(
        new Request(`${TEST_ORIGIN}/v1/files`, {
          method: "POST",
          headers: {
            ...auth(owner),
            "content-type": `multipart/form-data; boundary=${boundary}`,
            "content-length": String(body.length),
            ...withKey(k),
          },
          body,
        }),
      );
    };
    const first = await send("hello");
    expect(first.status).toBe(201);
    const again = await send("hello");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    const [row] = await (await getDb()).select({ n: count() }).from(files).where(eq(files.cardId, card.id));
    expect(row.n).toBe(1);
    // Another file name (or length) under the key is another request.
    const longer = await send("hello, world");
    expect(longer.status).toBe(422);
  });

  it("the OpenAPI document gives every POST the shared Idempotency-Key parameter and its 409/422", () => {
    const doc = generateOpenApiDocument(collectOperations(routeModules)) as any;
    expect(doc.components.parameters.IdempotencyKey).toMatchObject({ name: "Idempotency-Key", in: "header", required: false });
    let posts = 0;
    for (const item of Object.values(doc.paths) as any[]) {
      for (const [method, op] of Object.entries(item) as [string, any][]) {
        const refs = (op.parameters ?? []).filter((p: any) => p.$ref === "#/components/parameters/IdempotencyKey");
        expect(refs.length, `${method} ${op.summary}`).toBe(method === "post" ? 1 : 0);
        if (method !== "post") continue;
        posts++;
        expect(op.responses["409"]).toBeDefined();
      }
    }
    expect(posts).toBeGreaterThan(10);
  });
});

function auth(as: As): Record<string, string> {
  if (as && "cookie" in as) return { cookie: as.cookie, origin: TEST_ORIGIN };
  if (as && "token" in as) return { authorization: `Bearer ${as.token}` };
  return {};
}
