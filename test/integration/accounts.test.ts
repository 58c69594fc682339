import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { events, memberships, users, workspaces } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { resetRateLimiters } from "@/lib/rate-limit/limiter";
import { createUser } from "../support/factories";

describe("sign-up", () => {
  it("creates the user, hashes the password and makes them owner of their own workspace", async () => {
    const db = await getDb();
    const result = await signUp(db, { name: "Grace Hopper", email: "grace@example.test", password: "cobol-rocks-1959" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("cobol-rocks-1959");
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, result.userId));
    expect(membership).toMatchObject({ workspaceId: result.workspaceId, role: "owner" });
    const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, result.workspaceId));
    expect(workspace.name).toBe("Grace Hopper's workspace");
  });

  it("refuses a second account for the same email, whatever its case, even when racing", async () => {
    const db = await getDb();
    const input = { name: "Twin", email: "twin@example.test", password: "long-enough-pw" };
    const results = await Promise.all([signUp(db, input), signUp(db, input), signUp(db, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: "taken" },
      { ok: false, reason: "taken" },
    ]);
    expect(await db.select().from(users).where(eq(users.email, "twin@example.test"))).toHaveLength(1);
  });
});

describe("sign-in", () => {
  it("accepts the right password, with any email case, and records auth.login", async () => {
    const user = await createUser();
    const result = await verifyCredentials(await getDb(), { email: user.email.toUpperCase(), password: user.password }, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.name, email: user.email } });
    const recorded = await (await getDb()).select().from(events).where(eq(events.actorId, user.id));
    expect(recorded.map((e) => e.type)).toContain("auth.login");
    expect(recorded.find((e) => e.type === "auth.login")).toMatchObject({
      workspaceId: user.workspaceId,
      boardId: null,
      data: { user_id: user.id, email: user.email, ip: "10.0.0.1" },
    });
  });

  it("answers a wrong password and an unknown email the same way, recording auth.login_failed for the known account", async () => {
    const user = await createUser();
    const db = await getDb();
    const wrong = await verifyCredentials(db, { email: user.email, password: "nope-nope" }, "10.0.0.2");
    const unknown = await verifyCredentials(db, { email: "ghost@example.test", password: "nope-nope" }, "10.0.0.3");
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    const recorded = await db.select().from(events).where(eq(events.actorId, user.id));
    expect(recorded.map((e) => e.type)).toContain("auth.login_failed");
    // The event is for SIEM forwarding: it must never carry the attempted password.
    expect(JSON.stringify(recorded)).not.toContain("nope-nope");
  });

  it("slows an account down after failures, even for the right password, and limits failures per IP", async () => {
    const user = await createUser();
    const db = await getDb();
    const free = Number(process.env.RATE_LIMIT_SIGN_IN_FREE_FAILURES || 3);
    for (let i = 0; i < free; i++) {
      expect((await verifyCredentials(db, { email: user.email, password: "wrong-password" }, `10.1.0.${i}`)).ok).toBe(false);
    }
    // A delay of its own (seconds), not a lock for the window, from whichever client.
    const delayed = await verifyCredentials(db, { email: user.email, password: user.password }, "10.1.1.1");
    expect(delayed).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 1 });

    resetRateLimiters();
    const limit = Number(process.env.RATE_LIMIT_SIGN_IN_PER_15_MINUTES || 10);
    for (let i = 0; i < limit; i++) await verifyCredentials(db, { email: `probe${i}@example.test`, password: "x" }, "10.2.0.1");
    const sameIp = await verifyCredentials(db, { email: user.email, password: user.password }, "10.2.0.1");
    expect(sameIp).toMatchObject({ ok: false, reason: "rate_limited" });
    const otherIp = await verifyCredentials(db, { email: user.email, password: user.password }, "10.2.0.2");
    expect(otherIp.ok).toBe(true);
  });

  it("treats malformed input as invalid credentials", async () => {
    const db = await getDb();
    for (const raw of [null, {}, { email: 5, password: [] }, { email: "a@b.c" }, { email: "x".repeat(500), password: "p" }]) {
      expect(await verifyCredentials(db, raw, "10.3.0.1")).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
