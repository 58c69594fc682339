import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prettyLine } from "@/lib/log/logger";
import { api } from "../support/api";
import { makeBoard, makeCard, makeList } from "../support/board-content";
import { captureLogs } from "../support/capture-logs";
import { createUser, type TestUser } from "../support/factories";

let owner: TestUser;
let logs: ReturnType<typeof captureLogs> | undefined;

beforeAll(async () => {
  owner = await createUser({ name: "Lola Logs" });
});
// The test setup quiets the logs to warn; these tests read the request lines (info).
const quiet = process.env.LOG_LEVEL;
beforeEach(() => {
  process.env.LOG_LEVEL = "info";
});
afterEach(() => {
  logs?.stop();
  process.env.LOG_LEVEL = quiet;
});

const secretLike = () => `sk_live_${randomBytes(12).toString("hex")}`;

describe("structured request logs", () => {
  it("one JSON line per request: request id, route with named parameters, status, duration, actor — no bodies or credentials", async () => {
    logs = captureLogs();
    const token = (await api("POST", "/v1/tokens", { as: owner, body: { name: "logged script", scope: "read_write" } })).body
      .token as string;
    const list = await makeList(owner, (await makeBoard(owner)).id);
    const secret = secretLike();
    logs.lines.length = 0;
    const card = await makeCard({ token }, list.id, `Title ${secret}`, { description: `notes ${secret}` });
    const got = await api("GET", `/v1/cards/${card.id}?include=${secret}`, { as: { token } });
    const missing = await api("GET", "/v1/boards", { as: { token: `tt_${secret}` } });
    expect(missing.status).toBe(401);

    const entries = logs.entries().filter((e) => e.msg === "request");
    expect(entries).toHaveLength(3);
    const [created, read, refused] = entries;
    expect(created).toMatchObject({
      level: "info",
      method: "POST",
      route: "/v1/cards",
      status: 201,
      actor_id: owner.id,
      workspace_id: owner.workspaceId,
      token_id: expect.stringMatching(/^tok_/),
      request_id: expect.any(String),
    });
    expect(typeof created.duration_ms).toBe("number");
    expect(typeof created.time).toBe("string");
    expect(read).toMatchObject({ method: "GET", route: "/v1/cards/{id}", status: got.status, request_id: got.headers.get("x-request-id") });
    expect(refused).toMatchObject({ route: "/v1/boards", status: 401, request_id: missing.headers.get("x-request-id") });
    expect(refused.actor_id).toBeUndefined();

    const text = logs.text();
    expect(text).not.toContain(secret);
    expect(text).not.toContain(token);
    expect(text).not.toContain(card.id);
    expect(text).not.toMatch(/authorization|cookie|Bearer/i);
  });

  it("LOG_LEVEL=warn leaves the request lines out", async () => {
    process.env.LOG_LEVEL = "warn";
    logs = captureLogs();
    expect((await api("GET", "/v1/boards", { as: owner })).status).toBe(200);
    expect(logs.lines).toEqual([]);
    process.env.LOG_LEVEL = "info";
    expect((await api("GET", "/v1/boards", { as: owner })).status).toBe(200);
    expect(logs.entries().map((e) => e.msg)).toEqual(["request"]);
  });

  it("the development format is one readable line per entry", () => {
    const line = prettyLine(
      JSON.stringify({ level: "info", time: "2026-12-01T12:03:04.000Z", pid: 1, msg: "request", route: "/v1/cards", status: 201 }),
    );
    // eslint-disable-next-line no-control-regex -- the formatter colours the level with ANSI escapes
    expect(line.replace(/\x1b\[\d+m/g, "")).toBe("12:03:04 INFO  request route=/v1/cards status=201");
  });
});
