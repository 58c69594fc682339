// Two-factor authentication (TOTP) and the workspace's requirement of it (issue 23). Codes are
// computed with otplib, independently of the app's otpauth.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { events, recoveryCodes, users } from "@/db/schema";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { api } from "../support/api";
import { createMember, createUser } from "../support/factories";
import { totpCode } from "../support/totp";
import { twoFactorUser } from "./contract-scenarios";

const signIn = async (email: string, password: string, code?: string) =>
  verifyCredentials(await getDb(), { email, password, ...(code === undefined ? {} : { code }) }, "10.8.0.1");

describe("enrolling", () => {
  it("sets up with the password, turns on only with a code from the app, and shows ten recovery codes once, stored hashed", async () => {
    const user = await createUser();
    expect((await api("POST", "/v1/me/two_factor/setup", { as: user, body: { current_password: "wrong" } })).status).toBe(400);
    const setup = await api("POST", "/v1/me/two_factor/setup", { as: user, body: { current_password: user.password } });
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauth_uri).toMatch(
      /^otpauth:\/\/totp\/Tasktide:.+\?issuer=Tasktide&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/,
    );
    expect(setup.body.qr_code).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(setup.body.qr_code.split(",")[1], "base64").toString()).toContain("<svg");
    // Not on yet: the password alone signs in.
    expect((await signIn(user.email, user.password)).ok).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row.totpPendingSecret).not.toContain(setup.body.secret); // encrypted at rest

    const wrong = await api("POST", "/v1/me/two_factor/enable", { as: user, body: { code: "000000" } });
    expect(wrong.status).toBe(400);
    expect((await api("GET", "/v1/me/two_factor", { as: user })).body).toEqual({ enabled: false, recovery_codes_left: 0, required_by: [] });
    const enabled = await api("POST", "/v1/me/two_factor/enable", { as: user, body: { code: totpCode(setup.body.secret) } });
    expect(enabled.status).toBe(200);
    expect(enabled.body.recovery_codes).toHaveLength(10);
    for (const code of enabled.body.recovery_codes) expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(enabled.body.recovery_codes[0].replace("-", ""));
    expect((await api("GET", "/v1/me/two_factor", { as: user })).body).toEqual({ enabled: true, recovery_codes_left: 10, required_by: [] });
    expect((await api("POST", "/v1/me/two_factor/setup", { as: user, body: { current_password: user.password } })).status).toBe(409);
  });
});

describe("signing in with two-factor", () => {
  it("asks for the code after the right password, accepts a current code once, refuses wrong and replayed ones", async () => {
    const { user, secret } = await twoFactorUser();
    expect(await signIn(user.email, user.password)).toEqual({ ok: false, reason: "two_factor_required" });
    expect(await signIn(user.email, "wrong-password", totpCode(secret))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(user.email, user.password, "12345")).toEqual({ ok: false, reason: "invalid_code" });
    // A code from the next step (clock drift of one step either side is accepted).
    const code = totpCode(secret, Date.now() + 30_000);
    expect(await signIn(user.email, user.password, code)).toMatchObject({ ok: true });
    expect(await signIn(user.email, user.password, code)).toEqual({ ok: false, reason: "invalid_code" });
    expect(await signIn(user.email, user.password, totpCode(secret, Date.now() - 120_000))).toEqual({ ok: false, reason: "invalid_code" });
    const db = await getDb();
    const failed = await db
      .select()
      .from(events)
      .where(and(eq(events.type, "auth.login_failed"), eq(events.actorId, user.id)));
    expect(failed.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(failed)).not.toContain(code);
  });

  it("accepts each recovery code once, in any case and with or without its dash", async () => {
    const { user, recoveryCodes: codes } = await twoFactorUser();
    expect(await signIn(user.email, user.password, codes[0].toUpperCase())).toMatchObject({ ok: true });
    expect(await signIn(user.email, user.password, codes[0])).toEqual({ ok: false, reason: "invalid_code" });
    expect(await signIn(user.email, user.password, codes[1].replace("-", ""))).toMatchObject({ ok: true });
    expect((await api("GET", "/v1/me/two_factor", { as: user })).body.recovery_codes_left).toBe(8);
    const fresh = await api("POST", "/v1/me/two_factor/recovery_codes", { as: user, body: { current_password: user.password } });
    expect(fresh.body.recovery_codes).toHaveLength(10);
    expect(await signIn(user.email, user.password, codes[2])).toEqual({ ok: false, reason: "invalid_code" });
  });

  it("turns off with the password and a code, and then asks for none", async () => {
    const { user, secret } = await twoFactorUser();
    expect((await api("DELETE", "/v1/me/two_factor", { as: user, body: { current_password: user.password, code: "000000" } })).status).toBe(
      400,
    );
    expect((await api("GET", "/v1/me/two_factor", { as: user })).body.enabled).toBe(true);
    const off = await api("DELETE", "/v1/me/two_factor", {
      as: user,
      body: { current_password: user.password, code: totpCode(secret, Date.now() + 30_000) },
    });
    expect(off.status).toBe(204);
    expect(await signIn(user.email, user.password)).toMatchObject({ ok: true });
  });
});

describe("a workspace that requires two-factor", () => {
  it("can be required only by an owner who has it; members without it can then reach only their account", async () => {
    const owner = await createUser();
    const admin = await createMember(owner.workspaceId, "admin");
    expect((await api("PATCH", "/v1/workspace", { as: admin, body: { require_two_factor: true } })).status).toBe(403);
    const refused = await api("PATCH", "/v1/workspace", { as: owner, body: { require_two_factor: true } });
    expect(refused.status).toBe(409);
    expect((await api("GET", "/v1/workspace", { as: owner })).body.require_two_factor).toBe(false);

    const setup = await api("POST", "/v1/me/two_factor/setup", { as: owner, body: { current_password: owner.password } });
    await api("POST", "/v1/me/two_factor/enable", { as: owner, body: { code: totpCode(setup.body.secret) } });
    const required = await api("PATCH", "/v1/workspace", { as: owner, body: { require_two_factor: true } });
    expect(required.status).toBe(200);
    expect(required.body).toMatchObject({ id: owner.workspaceId, require_two_factor: true });
    const db = await getDb();
    const [updated] = await db
      .select()
      .from(events)
      .where(and(eq(events.type, "workspace.updated"), eq(events.workspaceId, owner.workspaceId)));
    expect(updated.changes).toEqual({ require_two_factor: { from: false, to: true } });

    const member = await createMember(owner.workspaceId, "member");
    const blocked = await api("GET", "/v1/boards", { as: member });
    expect(blocked.status).toBe(403);
    expect(blocked.body.message).toMatch(/requires two-factor/);
    expect((await api("GET", "/v1/sessions", { as: member })).status).toBe(200);
    expect((await api("GET", "/v1/me/two_factor", { as: member })).body.required_by).toEqual([required.body.name]);
    const memberSetup = await api("POST", "/v1/me/two_factor/setup", { as: member, body: { current_password: member.password } });
    await api("POST", "/v1/me/two_factor/enable", { as: member, body: { code: totpCode(memberSetup.body.secret) } });
    expect((await api("GET", "/v1/boards", { as: member })).status).toBe(200);
    // While it is required, nobody in it can turn theirs off.
    const off = await api("DELETE", "/v1/me/two_factor", {
      as: member,
      body: { current_password: member.password, code: totpCode(memberSetup.body.secret, Date.now() + 30_000) },
    });
    expect(off.status).toBe(409);
    expect((await api("GET", "/v1/me/two_factor", { as: member })).body.enabled).toBe(true);
    expect((await api("PATCH", "/v1/workspace", { as: owner, body: { name: "" } })).status).toBe(400);
    expect((await api("PATCH", "/v1/workspace", { as: owner, body: { bogus: 1 } })).status).toBe(400);
  });
});
