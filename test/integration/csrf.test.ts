import { count } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { events } from "@/db/schema/events";
import { collectOperations } from "@/lib/api/openapi/collect-operations";
import { api, TEST_ORIGIN } from "../support/api";
import { createUser, type TestUser } from "../support/factories";
import { concretePath, operationName } from "../support/operation-requests";
import { routeModules } from "../support/route-modules";
import { dispatch } from "../support/router";

/**
 * Cookie-authenticated changes must come from our own origin, on every mutating operation (found
 * from the route files, so later ones are covered too). The Origin must name the host the client
 * reached: the Host header, or behind a trusted proxy (TRUST_PROXY=1) the X-Forwarded-Host it sets.
 */
const mutations = collectOperations(routeModules).filter((op) => op.method !== "get");
const HOST = new URL(TEST_ORIGIN).host;
const EVIL = "https://evil.example";

let owner: TestUser;
beforeAll(async () => {
  owner = await createUser();
});
afterEach(() => {
  process.env.TRUST_PROXY = "1";
});

/** One request with the owner's cookie and exactly these headers (api() would add our Origin). */
async function withCookie(method: string, path: string, headers: Record<string, string>, body: unknown = {}) {
  const res = await dispatch(
    new Request(`${TEST_ORIGIN}${path}`, {
      method,
      headers: { cookie: owner.cookie, host: HOST, "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
  );
  return { status: res.status, body: await res.json().catch(() => null) };
}

const eventCount = async () => (await (await getDb()).select({ n: count() }).from(events))[0].n;

describe("cookie mutations that nothing vouches for are refused", () => {
  it("covers every mutating operation", () => {
    expect(mutations.length).toBeGreaterThanOrEqual(40);
  });

  const cases = mutations.map((op) => ({ op, name: operationName(op) }));
  const refusals: Array<[string, Record<string, string>, RegExp, string?]> = [
    ["with neither Origin nor Sec-Fetch-Site", {}, /must say where it comes from/],
    [
      "with a foreign Origin and a matching X-Forwarded-Host, without TRUST_PROXY",
      { origin: EVIL, "x-forwarded-host": "evil.example" },
      /Cross-site/,
      "0",
    ],
    [
      "with a foreign Origin, behind a trusted proxy that says the client reached us",
      { origin: EVIL, "x-forwarded-host": HOST },
      /Cross-site/,
      "1",
    ],
    ["with our Origin but Sec-Fetch-Site: cross-site", { origin: TEST_ORIGIN, "sec-fetch-site": "cross-site" }, /Cross-site/],
    ["with Origin: null", { origin: "null" }, /Cross-site/],
  ];

  for (const [title, headers, message, trustProxy] of refusals) {
    it.each(cases)(`$name ${title}`, async ({ op }) => {
      if (trustProxy !== undefined) process.env.TRUST_PROXY = trustProxy;
      const before = await eventCount();
      const res = await withCookie(op.method.toUpperCase(), concretePath(op), headers);
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expect(res.body).toMatchObject({ error: "forbidden", message: expect.stringMatching(message) });
      expect(await eventCount()).toBe(before);
    });
  }
});

describe("our own origin still works", () => {
  it.each(mutations.map((op) => ({ op, name: operationName(op) })))("$name is not refused as cross-site", async ({ op }) => {
    const res = await withCookie(op.method.toUpperCase(), concretePath(op), { origin: TEST_ORIGIN });
    expect(res.status).toBeLessThan(500);
    if (res.status === 403) expect(res.body.message).not.toMatch(/Cross-site|where it comes from/);
  });

  it("creates a board from our Origin, from a browser's Sec-Fetch-Site: same-origin, and behind a trusted proxy", async () => {
    process.env.TRUST_PROXY = "0";
    expect((await withCookie("POST", "/v1/boards", { origin: TEST_ORIGIN }, { name: "Same origin" })).status).toBe(201);
    expect(
      (await withCookie("POST", "/v1/boards", { "sec-fetch-site": "same-origin" }, { name: "No Origin, same-origin fetch" })).status,
    ).toBe(201);
    // A proxy in front that is not trusted: its X-Forwarded-Host is ignored, the Host counts.
    expect(
      (await withCookie("POST", "/v1/boards", { origin: "https://tasks.example", "x-forwarded-host": "tasks.example" }, { name: "x" }))
        .status,
    ).toBe(403);
    process.env.TRUST_PROXY = "1";
    // The trusted proxy says the client reached tasks.example; Host is the upstream's name.
    const proxied = { origin: "https://tasks.example", "x-forwarded-host": "tasks.example", "x-forwarded-proto": "https" };
    expect((await withCookie("POST", "/v1/boards", proxied, { name: "Behind the proxy" })).status).toBe(201);
    expect(
      (await withCookie("POST", "/v1/boards", { ...proxied, "x-forwarded-host": "tasks.example, inner.proxy" }, { name: "Two proxies" }))
        .status,
    ).toBe(201);
    // Behind a trusted proxy the Host header no longer names what the client reached.
    expect(
      (await withCookie("POST", "/v1/boards", { origin: TEST_ORIGIN, "x-forwarded-host": "tasks.example" }, { name: "x" })).status,
    ).toBe(403);
  });

  it("leaves API tokens and safe methods alone", async () => {
    const token = (await api("POST", "/v1/tokens", { as: owner, body: { name: "script", scope: "read_write" } })).body.token;
    expect((await api("POST", "/v1/boards", { as: { token }, body: { name: "From a script" } })).status).toBe(201);
    const res = await dispatch(new Request(`${TEST_ORIGIN}/v1/boards`, { headers: { cookie: owner.cookie, origin: EVIL } }));
    expect(res.status).toBe(200);
  });
});
