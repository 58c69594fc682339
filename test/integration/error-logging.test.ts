import { randomBytes } from "node:crypto";
import { format } from "node:util";
import { sql } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { hashToken } from "@/lib/tokens/token-secret";
import { api } from "../support/api";
import { makeBoard, makeCard, makeList } from "../support/board-content";
import { captureLogs } from "../support/capture-logs";
import { createUser, type TestUser } from "../support/factories";

// An unexpected error is logged so an admin can find it by request id, with the operation and
// what failed — never the query's parameters (token hashes, emails, bodies) nor the SQL.
let alice: TestUser;
let output: string[] = [];

beforeAll(async () => {
  alice = await createUser({ name: "Alice Logs" });
});

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  output = [];
  // The structured log's lines count as output too (lib/log/logger.ts).
  logs = captureLogs();
  logs.lines.push = (...lines: string[]) => output.push(...lines);
  for (const level of ["error", "warn", "info", "log", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void output.push(format(...args)));
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  logs.stop();
});

const secretLike = () => `sk_live_${randomBytes(12).toString("hex")}`;

describe("logs of failed requests", () => {
  it("a failing UPDATE whose parameters hold a secret logs the request id and operation, not the secret or the SQL", async () => {
    const db = await getDb();
    const list = await makeList(alice, (await makeBoard(alice)).id);
    const card = await makeCard(alice, list.id);
    // PostgreSQL's own message quotes the value too, so it must not be logged either.
    await db.execute(
      sql.raw(`create function refuse_secret_title() returns trigger language plpgsql as $$
        begin raise exception 'refused title %', new.title; end $$`),
    );
    await db.execute(
      sql.raw(`create trigger refuse_secret_title before update on cards for each row
        when (new.title like 'sk_live_%') execute function refuse_secret_title()`),
    );
    try {
      const secret = secretLike();
      const res = await api("PATCH", `/v1/cards/${card.id}`, { as: alice, body: { title: secret, description: "private notes" } });
      expect(res.status).toBe(500);
      const requestId = res.headers.get("x-request-id")!;
      expect(res.body).toEqual({ error: "internal", message: `Something went wrong on our side (request ${requestId}).` });

      const logged = output.join("\n");
      expect(logged).not.toContain(secret);
      expect(logged).not.toContain("private notes");
      expect(logged).toContain(requestId);
      expect(logged).toContain("PATCH /v1/cards/{id}");
      expect(logged).toContain("P0001"); // the SQLSTATE says what kind of failure it was
      expect(logged).not.toContain(card.id);
      expect(logged).not.toMatch(/params|Failed query|update "cards"/i);
    } finally {
      await db.execute(sql.raw("drop trigger refuse_secret_title on cards"));
      await db.execute(sql.raw("drop function refuse_secret_title()"));
    }
  });

  it("a failing token lookup logs neither the token nor its hash", async () => {
    const db = await getDb();
    const created = await api("POST", "/v1/tokens", { as: alice, body: { name: "Script", scope: "read" } });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    await db.execute(sql.raw("alter table api_tokens rename to api_tokens_away"));
    try {
      const res = await api("GET", "/v1/boards", { as: { token } });
      expect(res.status).toBe(500);
      const requestId = res.headers.get("x-request-id")!;
      const logged = output.join("\n");
      expect(logged).not.toContain(token);
      expect(logged).not.toContain(hashToken(token));
      expect(logged).toContain(requestId);
      expect(logged).toContain("GET /v1/boards");
      expect(logged).not.toMatch(/params|Failed query|api_tokens/i);
    } finally {
      await db.execute(sql.raw("alter table api_tokens_away rename to api_tokens"));
    }
    expect((await api("GET", "/v1/boards", { as: { token } })).status).toBe(200);
  });
});
