import { afterEach, describe, expect, it } from "vitest";
import { resetRateLimiters } from "@/lib/rate-limit/limiter";
import { api } from "../support/api";
import { createUser } from "../support/factories";

afterEach(() => {
  delete process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE;
  resetRateLimiters();
});

describe("the /v1 handler kit", () => {
  it("does not charge signed-in callers to their IP's anonymous budget", async () => {
    process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE = "2";
    resetRateLimiters();
    const user = await createUser();
    const ip = { "x-forwarded-for": "198.51.100.9" };
    for (let i = 0; i < 5; i++) expect((await api("GET", "/v1/boards", { as: user, headers: ip })).status).toBe(200);
    expect((await api("GET", "/v1/boards", { as: null, headers: ip })).status).toBe(401);
    expect((await api("GET", "/v1/boards", { as: null, headers: ip })).status).toBe(401);
    expect((await api("GET", "/v1/boards", { as: null, headers: ip })).status).toBe(429);
    expect((await api("GET", "/v1/boards", { as: user, headers: ip })).status).toBe(200);
  });

  it("ignores forwarding headers unless TRUST_PROXY=1, so clients cannot pick their own IP", async () => {
    process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE = "1";
    process.env.TRUST_PROXY = "0";
    resetRateLimiters();
    try {
      expect((await api("GET", "/v1/boards", { as: null, headers: { "x-forwarded-for": "192.0.2.1" } })).status).toBe(401);
      expect((await api("GET", "/v1/boards", { as: null, headers: { "x-forwarded-for": "192.0.2.2" } })).status).toBe(429);
    } finally {
      process.env.TRUST_PROXY = "1";
    }
  });

  it("tags every response, errors included, with a unique X-Request-Id", async () => {
    const user = await createUser();
    const ids = new Set<string>();
    for (const [method, path] of [["GET", "/v1/boards"], ["GET", "/v1/boards/board_x"], ["DELETE", "/v1/nowhere"]]) {
      const res = await api(method, path, { as: user });
      ids.add(res.headers.get("x-request-id") ?? "");
    }
    expect(ids.size).toBe(3);
    expect([...ids].every((id) => id.length > 10)).toBe(true);
  });

  it("falls back to the user's own workspace when the workspace cookie names one they are not in", async () => {
    const user = await createUser();
    const stranger = await createUser();
    await api("POST", "/v1/boards", { as: stranger, body: { name: "Not yours" } });
    const mine = (await api("POST", "/v1/boards", { as: user, body: { name: "Mine" } })).body;
    const res = await api("GET", "/v1/boards", { as: { cookie: `${user.cookie}; tt_workspace=${stranger.workspaceId}` } });
    expect(res.status).toBe(200);
    expect(res.body.items.map((b: { id: string }) => b.id)).toEqual([mine.id]);
  });
});
