import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { apiTokens, events, memberships } from "@/db/schema";
import { flushTokenUses } from "@/lib/tokens/note-token-use";
import { api } from "../support/api";
import { makeBoard, makeCard, makeList, makeTag } from "../support/board-content";
import { countQueries } from "../support/count-queries";
import { createMember, createUser, type TestUser } from "../support/factories";
import { openApiClient } from "../support/openapi-client";

let owner: TestUser;

beforeAll(async () => {
  owner = await createUser({ name: "Token Owner" });
});

async function createToken(
  as: TestUser | { token: string },
  body: { name: string; scope: "read" | "read_write"; expires_at?: string | null; board_ids?: string[] | null },
) {
  const { data, error, response } = await openApiClient("token" in as ? as : { cookie: as.cookie }).POST("/v1/tokens", { body });
  if (!data) throw new Error(`token creation failed: ${response.status} ${JSON.stringify(error)}`);
  expect(response.status).toBe(201);
  return data;
}

describe("API tokens through the generated client", () => {
  it("creates Read and Read + Write tokens, enforces their scope, lists them without secrets and revokes them", async () => {
    const read = await createToken(owner, { name: "reader", scope: "read" });
    const write = await createToken(owner, { name: "writer", scope: "read_write" });
    for (const t of [read, write]) {
      expect(t.token).toMatch(/^tt_[0-9A-Za-z]{40}$/);
      expect(t.hint).toBe(`tt_…${t.token.slice(-4)}`);
      expect(t).toMatchObject({
        user_id: owner.id,
        workspace_id: owner.workspaceId,
        expires_at: null,
        board_ids: null,
        last_used_at: null,
      });
    }
    expect(read.token).not.toBe(write.token);

    // Only the SHA-256 is stored; the plaintext appears nowhere in the row.
    const db = await getDb();
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, read.id));
    expect(row.tokenHash).toBe(createHash("sha256").update(read.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(read.token.slice(3));

    const reader = openApiClient({ token: read.token });
    const writer = openApiClient({ token: write.token });
    const listed = await reader.GET("/v1/boards");
    expect(listed.response.status).toBe(200);
    const refused = await reader.POST("/v1/boards", { body: { name: "Nope" } });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ error: "forbidden", message: expect.stringMatching(/read_write/) });
    const made = await writer.POST("/v1/boards", { body: { name: "From a script" } });
    expect(made.response.status).toBe(201);
    expect(made.data).toMatchObject({ name: "From a script", created_by: owner.id });

    await flushTokenUses();
    const mine = await openApiClient({ cookie: owner.cookie }).GET("/v1/tokens");
    expect(mine.data!.items.map((t) => t.name)).toEqual(["writer", "reader"]);
    expect(JSON.stringify(mine.data)).not.toMatch(/tt_[0-9A-Za-z]{20}/);
    const used = mine.data!.items.find((t) => t.id === read.id)!;
    expect(Date.parse(used.last_used_at!)).toBeGreaterThan(Date.now() - 60_000);

    for (const t of [read, write]) {
      const revoked = await openApiClient({ cookie: owner.cookie }).DELETE("/v1/tokens/{id}", { params: { path: { id: t.id } } });
      expect(revoked.response.status).toBe(204);
    }
    for (const client of [reader, writer]) {
      const after = await client.GET("/v1/boards");
      expect(after.response.status).toBe(401);
      expect(after.error).toMatchObject({ error: "unauthorized", message: expect.stringMatching(/revoked/) });
    }
    expect((await openApiClient({ cookie: owner.cookie }).GET("/v1/tokens")).data!.items.map((t) => t.id)).not.toContain(read.id);

    // token.created / token.revoked are recorded with what GET returns, never the secret or hash.
    const recorded = await db
      .select()
      .from(events)
      .where(and(eq(events.workspaceId, owner.workspaceId), inArray(events.type, ["token.created", "token.revoked"])))
      .orderBy(events.id);
    expect(recorded.map((e) => `${e.type}:${(e.data as { id: string }).id}`)).toEqual([
      `token.created:${read.id}`,
      `token.created:${write.id}`,
      `token.revoked:${read.id}`,
      `token.revoked:${write.id}`,
    ]);
    expect(recorded[0]).toMatchObject({ boardId: null, actor: { id: owner.id, name: owner.name, email: owner.email } });
    const text = JSON.stringify(recorded);
    for (const t of [read, write]) {
      expect(text).not.toContain(t.token);
      expect(text).not.toContain(createHash("sha256").update(t.token).digest("hex"));
    }
  });

  it("answers 401 with the envelope for missing, malformed, unknown and expired tokens", async () => {
    const expiring = await createToken(owner, { name: "soon", scope: "read" });
    const db = await getDb();
    await db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expiring.id));
    const cases: [string, Record<string, string>, RegExp][] = [
      ["missing", {}, /Sign in or send a valid API token/],
      ["not Bearer", { authorization: `Token ${expiring.token}` }, /Bearer/],
      ["empty Bearer", { authorization: "Bearer " }, /Bearer/],
      ["too short", { authorization: "Bearer tt_abc" }, /invalid, expired or revoked/],
      ["wrong prefix", { authorization: `Bearer xx_${expiring.token.slice(3)}` }, /invalid, expired or revoked/],
      ["unknown", { authorization: `Bearer tt_${"A".repeat(40)}` }, /invalid, expired or revoked/],
      ["expired", { authorization: `Bearer ${expiring.token}` }, /expired at/],
    ];
    for (const [name, headers, message] of cases) {
      const res = await api("GET", "/v1/boards", { as: null, headers });
      expect(res.status, name).toBe(401);
      expect(res.body, name).toMatchObject({ error: "unauthorized", message: expect.stringMatching(message) });
    }
  });

  it("refuses an expiry in the past and an unknown or foreign board, changing nothing", async () => {
    const stranger = await createUser();
    const foreign = (await api("POST", "/v1/boards", { as: stranger, body: { name: "Theirs" } })).body.id;
    const client = openApiClient({ cookie: owner.cookie });
    const before = (await client.GET("/v1/tokens")).data!.items.length;
    const bad = [
      { name: "x", scope: "read" as const, expires_at: "2001-01-01T00:00:00Z" },
      { name: "x", scope: "read" as const, board_ids: [foreign] },
      { name: "x", scope: "read" as const, board_ids: ["card_1"] },
      { name: "x", scope: "admin" as "read" },
      { name: "", scope: "read" as const },
    ];
    for (const body of bad) {
      const res = await client.POST("/v1/tokens", { body });
      expect(res.response.status, JSON.stringify(body)).toBe(400);
      expect(res.error).toMatchObject({ error: "invalid_request", details: expect.any(Array) });
    }
    expect((await client.GET("/v1/tokens")).data!.items.length).toBe(before);
  });

  it("updates last_used_at at most once a minute", async () => {
    const t = await createToken(owner, { name: "touchy", scope: "read" });
    const db = await getDb();
    await openApiClient({ token: t.token }).GET("/v1/boards");
    await flushTokenUses();
    const [first] = await db.select().from(apiTokens).where(eq(apiTokens.id, t.id));
    expect(first.lastUsedAt).not.toBeNull();
    await openApiClient({ token: t.token }).GET("/v1/boards");
    await flushTokenUses();
    const [second] = await db.select().from(apiTokens).where(eq(apiTokens.id, t.id));
    expect(second.lastUsedAt!.getTime()).toBe(first.lastUsedAt!.getTime());
    await db
      .update(apiTokens)
      .set({ lastUsedAt: new Date(Date.now() - 61_000) })
      .where(eq(apiTokens.id, t.id));
    await openApiClient({ token: t.token }).GET("/v1/boards");
    await flushTokenUses();
    const [third] = await db.select().from(apiTokens).where(eq(apiTokens.id, t.id));
    expect(third.lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 5_000);
  });
});

describe("a token request's queries", () => {
  it("GET card is two queries (the token with its caller, the card with its tags and assignees); last_used_at is written after the response", async () => {
    const board = await makeBoard(owner);
    const list = await makeList(owner, board.id);
    const tag = await makeTag(owner, board.id);
    await makeCard(owner, list.id, "First");
    const card = await makeCard(owner, list.id, "Second", { tag_ids: [tag.id], assignee_ids: [owner.id] });
    const t = await createToken(owner, { name: "counted", scope: "read" });
    const db = await getDb();
    const expected = (await api("GET", `/v1/cards/${card.id}`, { as: owner })).body;
    expect(expected).toMatchObject({ position: 1, tag_ids: [tag.id], assignee_ids: [owner.id] });

    // The first use finds last_used_at unset, so the write is due: it still costs the request nothing.
    const first = await countQueries(() => api("GET", `/v1/cards/${card.id}`, { as: { token: t.token } }));
    expect(first.result.status).toBe(200);
    expect(first.result.body).toEqual(expected);
    expect(first.queries).toBeLessThanOrEqual(2);
    const again = await countQueries(() => api("GET", `/v1/cards/${card.id}`, { as: { token: t.token } }));
    expect(again.queries).toBeLessThanOrEqual(2);

    await flushTokenUses();
    const [stored] = await db.select().from(apiTokens).where(eq(apiTokens.id, t.id));
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it("many requests of one token write last_used_at in one statement", async () => {
    const t = await createToken(owner, { name: "burst", scope: "read" });
    await flushTokenUses();
    const burst = await countQueries(async () => {
      await Promise.all(Array.from({ length: 5 }, () => api("GET", "/v1/boards", { as: { token: t.token } })));
      await flushTokenUses();
    });
    const alone = await countQueries(() => api("GET", "/v1/boards", { as: { token: t.token } }));
    // Five requests, one write: what five requests read, plus one.
    expect(burst.queries).toBe(5 * alone.queries + 1);
  });
});

describe("a token acts as its user", () => {
  it("loses a role the user loses, and stops working when the user leaves", async () => {
    const member = await createMember(owner.workspaceId, "member");
    const t = await createToken(member, { name: "member script", scope: "read_write" });
    const client = openApiClient({ token: t.token });
    expect((await client.POST("/v1/boards", { body: { name: "ok" } })).response.status).toBe(201);
    const db = await getDb();
    await db
      .update(memberships)
      .set({ role: "viewer" })
      .where(and(eq(memberships.userId, member.id), eq(memberships.workspaceId, owner.workspaceId)));
    const demoted = await client.POST("/v1/boards", { body: { name: "no" } });
    expect(demoted.response.status).toBe(403);
    expect(demoted.error!.message).toMatch(/role \(viewer\)/);
    await db.delete(memberships).where(and(eq(memberships.userId, member.id), eq(memberships.workspaceId, owner.workspaceId)));
    const gone = await client.GET("/v1/boards");
    expect(gone.response.status).toBe(401);
    expect(gone.error!.message).toMatch(/no longer a member/);
  });

  it("is confined to its boards when restricted", async () => {
    const user = await createUser();
    const session = openApiClient({ cookie: user.cookie });
    const a = (await session.POST("/v1/boards", { body: { name: "A" } })).data!;
    const b = (await session.POST("/v1/boards", { body: { name: "B" } })).data!;
    const t = await createToken(user, { name: "only A", scope: "read_write", board_ids: [a.id, a.id] });
    expect(t.board_ids).toEqual([a.id]);
    const client = openApiClient({ token: t.token });
    expect((await client.GET("/v1/boards")).data!.items.map((x) => x.id)).toEqual([a.id]);
    expect((await client.PATCH("/v1/boards/{id}", { params: { path: { id: a.id } }, body: { name: "A2" } })).response.status).toBe(200);
    const other = await client.GET("/v1/boards/{id}", { params: { path: { id: b.id } } });
    expect(other.response.status).toBe(403);
    expect(other.error!.message).toMatch(/restricted/);
    const create = await client.POST("/v1/boards", { body: { name: "C" } });
    expect(create.response.status).toBe(403);
    // A restricted token cannot manage tokens, or it could mint itself an unrestricted one.
    for (const res of [
      await client.GET("/v1/tokens"),
      await client.POST("/v1/tokens", { body: { name: "escape", scope: "read_write" } }),
    ]) {
      expect(res.response.status).toBe(403);
      expect(res.error!.message).toMatch(/restricted to some boards/);
    }
  });
});

describe("managing tokens", () => {
  it("lets a Read token list but not create or revoke; a Read + Write token may, without outliving itself", async () => {
    const user = await createUser();
    const read = await createToken(user, { name: "r", scope: "read" });
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const write = await createToken(user, { name: "w", scope: "read_write", expires_at: soon });
    const reader = openApiClient({ token: read.token });
    expect((await reader.GET("/v1/tokens")).response.status).toBe(200);
    const refused = await reader.POST("/v1/tokens", { body: { name: "x", scope: "read" } });
    expect(refused.response.status).toBe(403);
    expect(refused.error!.message).toMatch(/read_write/);
    expect((await reader.DELETE("/v1/tokens/{id}", { params: { path: { id: write.id } } })).response.status).toBe(403);

    const writer = openApiClient({ token: write.token });
    const child = await writer.POST("/v1/tokens", { body: { name: "child", scope: "read" } });
    expect(child.response.status).toBe(201);
    expect(Date.parse(child.data!.expires_at!)).toBe(Date.parse(soon));
    const longer = await writer.POST("/v1/tokens", { body: { name: "forever", scope: "read", expires_at: "2099-01-01T00:00:00Z" } });
    expect(longer.response.status).toBe(400);
    expect(longer.error!.details![0].field).toBe("expires_at");
    expect((await writer.DELETE("/v1/tokens/{id}", { params: { path: { id: child.data!.id } } })).response.status).toBe(204);
  });

  it("keeps tokens personal: members see only theirs, admins audit and revoke everyone's, other workspaces see nothing", async () => {
    const ws = await createUser();
    const admin = await createMember(ws.workspaceId, "admin");
    const member = await createMember(ws.workspaceId, "member");
    const viewer = await createMember(ws.workspaceId, "viewer");
    const stranger = await createUser();
    const ownerToken = await createToken(ws, { name: "owner's", scope: "read_write" });
    const memberToken = await createToken(member, { name: "member's", scope: "read" });
    // Viewers may have tokens too; their role still caps what the token can do.
    const viewerToken = await createToken(viewer, { name: "viewer's", scope: "read_write" });
    expect((await openApiClient({ token: viewerToken.token }).POST("/v1/boards", { body: { name: "x" } })).response.status).toBe(403);

    const asMember = openApiClient({ cookie: member.cookie });
    expect((await asMember.GET("/v1/tokens")).data!.items.map((t) => t.id)).toEqual([memberToken.id]);
    expect((await asMember.GET("/v1/tokens", { params: { query: { all: "true" } } })).response.status).toBe(403);
    expect((await asMember.GET("/v1/tokens/{id}", { params: { path: { id: ownerToken.id } } })).response.status).toBe(404);
    expect((await asMember.DELETE("/v1/tokens/{id}", { params: { path: { id: ownerToken.id } } })).response.status).toBe(404);

    const asStranger = openApiClient({ cookie: stranger.cookie });
    expect((await asStranger.GET("/v1/tokens/{id}", { params: { path: { id: memberToken.id } } })).response.status).toBe(404);
    expect((await asStranger.DELETE("/v1/tokens/{id}", { params: { path: { id: memberToken.id } } })).response.status).toBe(404);
    expect((await asStranger.GET("/v1/tokens/{id}", { params: { path: { id: "board_123" } } })).response.status).toBe(404);

    const asAdmin = openApiClient({ cookie: admin.cookie });
    const all = await asAdmin.GET("/v1/tokens", { params: { query: { all: "true" } } });
    expect(all.data!.items.map((t) => t.id).sort()).toEqual([ownerToken.id, memberToken.id, viewerToken.id].sort());
    expect((await asAdmin.DELETE("/v1/tokens/{id}", { params: { path: { id: memberToken.id } } })).response.status).toBe(204);
    expect((await openApiClient({ token: memberToken.token }).GET("/v1/boards")).response.status).toBe(401);
    expect((await asAdmin.DELETE("/v1/tokens/{id}", { params: { path: { id: memberToken.id } } })).response.status).toBe(404);
  });
});
