import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema/workspaces";
import { resetRateLimiters } from "@/lib/rate-limit/limiter";
import { WORKSPACE_HEADER } from "@/lib/workspaces/workspace-header";
import { api } from "../support/api";
import { createMember, createUser } from "../support/factories";

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
    for (const [method, path] of [
      ["GET", "/v1/boards"],
      ["GET", "/v1/boards/board_x"],
      ["DELETE", "/v1/nowhere"],
    ]) {
      const res = await api(method, path, { as: user, undocumented: true });
      ids.add(res.headers.get("x-request-id") ?? "");
    }
    expect(ids.size).toBe(3);
    expect([...ids].every((id) => id.length > 10)).toBe(true);
  });

  it("acts in the workspace the page names (its header), not the one the shared cookie names", async () => {
    const owner = await createUser();
    const teamBoard = (await api("POST", "/v1/boards", { as: owner, body: { name: "Team board" } })).body;
    // The member's oldest membership is the team's; they also have their own workspace.
    const member = await createMember(owner.workspaceId, "member");
    const own = await createUser();
    await (await getDb()).insert(memberships).values({ workspaceId: own.workspaceId, userId: member.id, role: "owner" });
    const inTeam = { cookie: `${member.cookie}; tt_workspace=${owner.workspaceId}` };

    // Another tab switched the cookie to the team; this page still shows the member's own workspace.
    const pinned = { as: inTeam, headers: { [WORKSPACE_HEADER]: own.workspaceId } };
    expect((await api("GET", "/v1/boards", pinned)).body.items).toEqual([]);
    const created = await api("POST", "/v1/boards", { ...pinned, body: { name: "Made on the own-workspace page" } });
    expect(created.status).toBe(201);
    expect(created.body.workspace_id).toBe(own.workspaceId);
    // Without the header, the cookie decides, as before.
    expect((await api("GET", "/v1/boards", { as: inTeam })).body.items.map((b: { id: string }) => b.id)).toEqual([teamBoard.id]);
  });

  it("refuses a page's workspace the user is not in, and changes nothing", async () => {
    const user = await createUser();
    const stranger = await createUser();
    for (const named of [stranger.workspaceId, "not a workspace id", ""]) {
      const res = await api("POST", "/v1/boards", { as: user, headers: { [WORKSPACE_HEADER]: named }, body: { name: "Nope" } });
      expect(res.status, named).toBe(403);
      expect(res.body).toMatchObject({ error: "forbidden", message: expect.stringMatching(/reload the page/) });
    }
    expect((await api("GET", "/v1/boards", { as: stranger })).body.items).toEqual([]);
    expect((await api("GET", "/v1/boards", { as: user })).body.items).toEqual([]);
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
