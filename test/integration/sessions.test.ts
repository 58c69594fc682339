// Sessions (issue 23): every JWT names a row of user_sessions and every request checks it, so
// ending a session from Settings → Security refuses its very next request.
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { events, memberships, userSessions } from "@/db/schema";
import { recordSignOut } from "@/lib/auth/record-sign-out";
import { flushSessionSightings, LAST_SEEN_STEP_MS } from "@/lib/auth/sessions";
import { sessionJwt } from "@/lib/auth/session-jwt";
import { describeDevice } from "@/lib/sessions/device";
import { api } from "../support/api";
import { createUser, sessionCookie, sessionCookieWith } from "../support/factories";

vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      "x-real-ip": "198.51.100.7",
      "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile Safari/604.1",
    }),
}));

const CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36";

describe("GET /v1/sessions", () => {
  it("lists the caller's own live sessions with device, address and last seen, marking the current one", async () => {
    const user = await createUser();
    const laptop = { cookie: await sessionCookie(user.id, { userAgent: CHROME_MAC, ip: "203.0.113.9" }) };
    const stranger = await createUser();
    const res = await api("GET", "/v1/sessions", { as: laptop });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2); // createUser's own cookie, and the laptop
    const [newest, older] = res.body.items;
    expect(newest).toMatchObject({ device: "Chrome on macOS", ip: "203.0.113.9", user_agent: CHROME_MAC, current: true });
    expect(older).toMatchObject({ device: "Firefox on Linux", current: false });
    expect(res.body.items.map((s: { id: string }) => s.id)).not.toContain(
      (await api("GET", "/v1/sessions", { as: stranger })).body.items[0].id,
    );
  });

  it("is refused to API tokens, even read_write ones", async () => {
    const user = await createUser();
    const token = (await api("POST", "/v1/tokens", { as: user, body: { name: "t", scope: "read_write" } })).body.token;
    const list = await api("GET", "/v1/sessions", { as: { token } });
    expect(list.status).toBe(403);
    const mine = (await api("GET", "/v1/sessions", { as: user })).body.items[0].id;
    expect((await api("DELETE", `/v1/sessions/${mine}`, { as: { token } })).status).toBe(403);
    expect((await api("GET", "/v1/sessions", { as: user })).status).toBe(200);
  });
});

describe("DELETE /v1/sessions/{id}", () => {
  it("ends another session at once: its next request is 401, this one carries on, auth.session_revoked is recorded", async () => {
    const user = await createUser();
    const db = await getDb();
    const other = await createUser();
    await db.insert(memberships).values({ workspaceId: other.workspaceId, userId: user.id, role: "member" });
    const lostLaptop = { cookie: await sessionCookie(user.id, { userAgent: CHROME_MAC }) };
    expect((await api("GET", "/v1/boards", { as: lostLaptop })).status).toBe(200);
    const sessions = (await api("GET", "/v1/sessions", { as: user })).body.items as { id: string; current: boolean }[];
    const target = sessions.find((s) => !s.current)!;
    const ended = await api("DELETE", `/v1/sessions/${target.id}`, { as: user, headers: { "x-real-ip": "192.0.2.44" } });
    expect(ended.status).toBe(204);
    const refused = await api("GET", "/v1/boards", { as: lostLaptop });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: "unauthorized", message: expect.stringMatching(/session has ended/) });
    expect((await api("POST", "/v1/boards", { as: lostLaptop, body: { name: "Nope" } })).status).toBe(401);
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(200);
    expect((await api("GET", "/v1/sessions", { as: user })).body.items.map((s: { id: string }) => s.id)).not.toContain(target.id);
    for (const workspaceId of [user.workspaceId, other.workspaceId]) {
      const recorded = await db
        .select()
        .from(events)
        .where(and(eq(events.type, "auth.session_revoked"), eq(events.workspaceId, workspaceId)));
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatchObject({
        boardId: null,
        actor: { id: user.id },
        data: { user_id: user.id, email: user.email, ip: "192.0.2.44", session_id: target.id, reason: "ended" },
      });
    }
  });

  it("is 404 for a session already ended, another account's session, or an id that names nothing, and changes nothing", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const theirs = (await api("GET", "/v1/sessions", { as: stranger })).body.items[0].id;
    const db = await getDb();
    const before = await db.select().from(userSessions).orderBy(userSessions.id);
    expect((await api("DELETE", `/v1/sessions/${theirs}`, { as: user })).status).toBe(404);
    expect((await api("DELETE", "/v1/sessions/ses_00000000000000000000000000", { as: user })).status).toBe(404);
    expect((await api("DELETE", "/v1/sessions/not-an-id", { as: user })).status).toBe(404);
    expect(await db.select().from(userSessions).orderBy(userSessions.id)).toEqual(before);
    expect((await api("GET", "/v1/boards", { as: stranger })).status).toBe(200);
    const second = { cookie: await sessionCookie(user.id) };
    const id = (await api("GET", "/v1/sessions", { as: second })).body.items[0].id;
    expect((await api("DELETE", `/v1/sessions/${id}`, { as: user })).status).toBe(204);
    expect((await api("DELETE", `/v1/sessions/${id}`, { as: user })).status).toBe(404);
    const revokedEvents = await db.select().from(events).where(eq(events.type, "auth.session_revoked"));
    expect(revokedEvents.filter((e) => (e.data as { session_id: string }).session_id === id)).toHaveLength(1);
  });

  it("can end the caller's own current session, which then stops working", async () => {
    const user = await createUser();
    const current = (await api("GET", "/v1/sessions", { as: user })).body.items.find((s: { current: boolean }) => s.current).id;
    expect((await api("DELETE", `/v1/sessions/${current}`, { as: user })).status).toBe(204);
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(401);
  });
});

describe("session checks", () => {
  it("refuses a cookie without a session id, with a malformed one, or naming another user's session", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const theirs = (await api("GET", "/v1/sessions", { as: stranger })).body.items[0].id;
    for (const claims of [{ sub: user.id }, { sub: user.id, sid: "x" }, { sub: user.id, sid: 42 }, { sub: user.id, sid: theirs }]) {
      expect((await api("GET", "/v1/boards", { as: { cookie: await sessionCookieWith(claims) } })).status, JSON.stringify(claims)).toBe(
        401,
      );
    }
  });

  it("moves last_seen_at and the address forward in a batch, at most once per step, not on every request", async () => {
    const user = await createUser();
    const db = await getDb();
    const [row] = await db.select().from(userSessions).where(eq(userSessions.userId, user.id));
    const old = new Date(Date.now() - LAST_SEEN_STEP_MS - 60_000);
    await db.update(userSessions).set({ lastSeenAt: old }).where(eq(userSessions.id, row.id));
    expect((await api("GET", "/v1/boards", { as: user, headers: { "x-real-ip": "203.0.113.50" } })).status).toBe(200);
    // Off the request path: nothing written yet.
    expect((await db.select().from(userSessions).where(eq(userSessions.id, row.id)))[0].lastSeenAt).toEqual(old);
    await flushSessionSightings();
    const [seen] = await db.select().from(userSessions).where(eq(userSessions.id, row.id));
    expect(seen.lastSeenAt.getTime()).toBeGreaterThan(old.getTime() + 60_000);
    expect(seen.ip).toBe("203.0.113.50");
    for (let i = 0; i < 5; i++) await api("GET", "/v1/boards", { as: user, headers: { "x-real-ip": "203.0.113.51" } });
    await flushSessionSightings();
    expect((await db.select().from(userSessions).where(eq(userSessions.id, row.id)))[0]).toEqual(seen);
  });

  it("signing in records a session from the request, signing out ends it, and the page check refuses it after", async () => {
    const user = await createUser();
    const token = await sessionJwt({ token: {}, user: { id: user.id } });
    expect(token).toMatchObject({ sub: user.id, sid: expect.stringMatching(/^ses_/) });
    const db = await getDb();
    const [row] = await db
      .select()
      .from(userSessions)
      .where(eq(userSessions.id, String(token!.sid)));
    expect(row).toMatchObject({ userId: user.id, ip: "198.51.100.7", revokedAt: null });
    expect(describeDevice(row.userAgent)).toBe("Safari on iPhone");
    expect(await sessionJwt({ token: token! })).toEqual(token);
    await recordSignOut({ token: token! });
    expect(await sessionJwt({ token: token! })).toBeNull();
    expect(await sessionJwt({ token: { sub: user.id } })).toBeNull();
  });
});

describe("describeDevice", () => {
  it("names common browsers and systems", () => {
    expect(describeDevice("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0")).toBe("Firefox on Windows");
    expect(describeDevice(CHROME_MAC)).toBe("Chrome on macOS");
    expect(describeDevice("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/141.0 Mobile Safari/537.36 EdgA/141.0")).toBe(
      "Edge on Android",
    );
    expect(describeDevice("curl/8.5.0")).toBe("curl");
    expect(describeDevice("")).toBe("Unknown device");
  });
});
