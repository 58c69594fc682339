import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { resetRateLimiters } from "@/lib/rate-limit/limiter";
import { api } from "../support/api";
import { createUser, type TestUser } from "../support/factories";

let user: TestUser;
const saved = { ...process.env };

beforeAll(async () => {
  user = await createUser();
});

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("RATE_LIMIT_") && !(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  resetRateLimiters();
});

/** Small budgets and short windows, so a test can exhaust one and wait for it to refill. */
function limits(env: Record<string, string>) {
  Object.assign(process.env, env);
  resetRateLimiters();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function newToken(scope: "read" | "read_write" = "read") {
  return (await api("POST", "/v1/tokens", { as: user, body: { name: `t ${Math.random()}`, scope } })).body.token as string;
}

describe("rate limits on /v1", () => {
  it("limits each token on its own: a burst over the limit gets 429 with Retry-After, and succeeds after the window", async () => {
    const [a, b] = [await newToken(), await newToken()];
    limits({ RATE_LIMIT_PER_MINUTE: "3", RATE_LIMIT_WINDOW_SECONDS: "2" });
    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const res = await api("GET", "/v1/boards", { as: { token: a } });
      expect(res.status).toBe(200);
      expect(res.headers.get("ratelimit-limit")).toBe("3");
      remaining.push(res.headers.get("ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const over = await api("GET", "/v1/boards", { as: { token: a } });
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ error: "rate_limited", message: expect.stringMatching(/try again/) });
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    expect(over.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(over.headers.get("ratelimit-reset"))).toBe(retryAfter);
    expect(over.headers.get("x-request-id")).toBeTruthy();

    // Another token of the same user, and the user's own session, have budgets of their own.
    expect((await api("GET", "/v1/boards", { as: { token: b } })).status).toBe(200);
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(200);

    await sleep(retryAfter * 1000 + 100);
    const again = await api("GET", "/v1/boards", { as: { token: a } });
    expect(again.status).toBe(200);
    expect(again.headers.get("ratelimit-remaining")).toBe("2");
  });

  it("limits a session user across requests", async () => {
    limits({ RATE_LIMIT_PER_MINUTE: "2", RATE_LIMIT_WINDOW_SECONDS: "60" });
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(200);
    expect((await api("POST", "/v1/boards", { as: user, body: { name: "x" } })).status).toBe(201);
    const over = await api("POST", "/v1/boards", { as: user, body: { name: "y" } });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(50);
  });

  it("limits per IP before authentication", async () => {
    limits({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: "2", RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS: "1" });
    const from = (ip: string) => api("GET", "/v1/boards", { as: null, headers: { "x-real-ip": ip } });
    expect((await from("203.0.113.7")).status).toBe(401);
    expect((await from("203.0.113.7")).status).toBe(401);
    const over = await from("203.0.113.7");
    expect(over.status).toBe(429);
    expect(over.headers.get("retry-after")).toBe("1");
    // Guessing tokens costs the same budget as having none.
    expect(
      (await api("GET", "/v1/boards", { as: { token: `tt_${"Z".repeat(40)}` }, headers: { "x-real-ip": "203.0.113.7" } })).status,
    ).toBe(429);
    expect((await from("198.51.100.1")).status).toBe(401);
    await sleep(1100);
    expect((await from("203.0.113.7")).status).toBe(401);
  });

  it("limits failed sign-ins per IP, and slows down the account instead of locking it", async () => {
    limits({ RATE_LIMIT_SIGN_IN_PER_15_MINUTES: "2", RATE_LIMIT_SIGN_IN_WINDOW_SECONDS: "3", RATE_LIMIT_SIGN_IN_FREE_FAILURES: "1" });
    const db = await getDb();
    const other = await createUser();
    const wrong = { email: user.email, password: "wrong-password" };
    expect(await verifyCredentials(db, wrong, "192.0.2.1")).toMatchObject({ ok: false, reason: "invalid" });
    // One free failure, then the account's next attempt waits a second, from any IP.
    expect(await verifyCredentials(db, wrong, "192.0.2.99")).toMatchObject({ ok: false, reason: "rate_limited", retryAfterSeconds: 1 });
    await sleep(1100);
    expect(await verifyCredentials(db, wrong, "192.0.2.1")).toMatchObject({ ok: false, reason: "invalid" });
    // 192.0.2.1 has spent its two failures: it is stopped on every account, for its window.
    const limited = await verifyCredentials(db, { email: other.email, password: other.password }, "192.0.2.1");
    expect(limited).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((limited as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(2);
    expect(await verifyCredentials(db, { email: other.email, password: other.password }, "192.0.2.2")).toMatchObject({ ok: true });
    await sleep(2100);
    expect(await verifyCredentials(db, { email: user.email, password: user.password }, "192.0.2.1")).toMatchObject({ ok: true });
  });
});
