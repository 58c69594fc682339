// Password reset (by mail through a real SMTP server on 127.0.0.1, or a link an owner/admin
// makes), and the profile: name, email, password, deleting one's account (issue 23).
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { accountTokens, apiTokens, events, memberships, users, userSessions } from "@/db/schema";
import { confirmEmailChange } from "@/lib/accounts/account";
import { forgotPassword, resetPassword } from "@/lib/accounts/password-reset";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { api } from "../support/api";
import { createMember, createUser, sessionCookie, type TestUser } from "../support/factories";
import { startSmtpServer } from "../support/smtp-server";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.stop());
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
});

function withMail() {
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = "https://tasktide.example";
}

const linkToken = (text: string, path: string) =>
  new RegExp(`https://tasktide\\.example${path}\\?token=([A-Za-z0-9_-]{43})`).exec(text)?.[1];

async function signsIn(email: string, password: string) {
  return (await verifyCredentials(await getDb(), { email, password }, "10.9.0.1")).ok;
}

describe("forgot password, by mail", () => {
  it("mails a single-use link valid 30 minutes; resetting sets the password and ends every session", async () => {
    withMail();
    const user = await createUser();
    const laptop = { cookie: await sessionCookie(user.id) };
    const db = await getDb();
    const { result, background } = await forgotPassword(db, user.email.toUpperCase(), "10.9.1.1");
    expect(result).toEqual({ ok: true });
    await background;
    const mail = await smtp.waitForMail(user.email);
    expect(mail.subject).toBe("Reset your Tasktide password");
    const token = linkToken(mail.text, "/reset-password")!;
    expect(token).toBeDefined();
    // Stored hashed only, expiring in 30 minutes.
    const [row] = await db.select().from(accountTokens).where(eq(accountTokens.userId, user.id));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(29 * 60_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 60_000 + 1000);

    // A password that is too short leaves the link usable.
    expect(await resetPassword(db, { token, password: "short" }, "10.9.1.1")).toMatchObject({ ok: false, reason: "invalid_password" });
    expect(await resetPassword(db, { token, password: "brand-new-password" }, "10.9.1.2")).toEqual({ ok: true, email: user.email });
    expect(await signsIn(user.email, user.password)).toBe(false);
    expect(await signsIn(user.email, "brand-new-password")).toBe(true);
    for (const as of [user, laptop]) expect((await api("GET", "/v1/boards", { as })).status).toBe(401);
    const revoked = await db
      .select()
      .from(events)
      .where(and(eq(events.type, "auth.session_revoked"), eq(events.workspaceId, user.workspaceId)));
    expect(revoked.map((e) => (e.data as { reason: string }).reason)).toEqual(["password_reset", "password_reset"]);
    // Once only.
    expect(await resetPassword(db, { token, password: "another-password-1" }, "10.9.1.2")).toMatchObject({
      ok: false,
      reason: "invalid_token",
    });
    expect(await signsIn(user.email, "brand-new-password")).toBe(true);
  });

  it("answers an unknown email exactly like a known one, and mails nothing", async () => {
    withMail();
    const db = await getDb();
    const before = smtp.mails.length;
    const { result, background } = await forgotPassword(db, "nobody-here@example.test", "10.9.2.1");
    expect(result).toEqual({ ok: true });
    await background;
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mails.length).toBe(before);
    expect(await forgotPassword(db, "not an email", "10.9.2.1")).toMatchObject({ result: { ok: false, reason: "invalid_email" } });
  });

  it("refuses expired, malformed and unknown tokens, changing nothing", async () => {
    withMail();
    const user = await createUser();
    const db = await getDb();
    await (
      await forgotPassword(db, user.email, "10.9.3.1")
    ).background;
    const token = linkToken((await smtp.waitForMail(user.email)).text, "/reset-password")!;
    await db
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.userId, user.id));
    for (const bad of [token, "x", null, 42, "A".repeat(43)]) {
      expect(await resetPassword(db, { token: bad, password: "brand-new-password" }, "10.9.3.1")).toMatchObject({ ok: false });
    }
    expect(await signsIn(user.email, user.password)).toBe(true);
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(200);
  });

  it("without SMTP_URL issues nothing and answers the same", async () => {
    const user = await createUser();
    const db = await getDb();
    const { result, background } = await forgotPassword(db, user.email, "10.9.4.1");
    await background;
    expect(result).toEqual({ ok: true });
    expect(await db.select().from(accountTokens).where(eq(accountTokens.userId, user.id))).toEqual([]);
  });
});

describe("POST /v1/users/{id}/password_reset (no mail: an owner or admin makes the link)", () => {
  it("gives the owner a one-time link for a member; using it resets the password and ends their sessions", async () => {
    const owner = await createUser();
    const member = await soleMember(owner, "member");
    const res = await api("POST", `/v1/users/${member.id}/password_reset`, { as: owner });
    expect(res.status).toBe(201);
    expect(res.body.url).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
    const token = new URL(res.body.url).searchParams.get("token");
    const db = await getDb();
    expect(await resetPassword(db, { token, password: "chosen-by-member" }, "10.9.5.1")).toMatchObject({ ok: true });
    expect((await api("GET", "/v1/boards", { as: member })).status).toBe(401);
    expect(await signsIn(member.email, "chosen-by-member")).toBe(true);
  });

  it("uses APP_URL for the link when it is set", async () => {
    process.env.APP_URL = "https://tasktide.example/";
    const owner = await createUser();
    const member = await soleMember(owner, "viewer");
    const res = await api("POST", `/v1/users/${member.id}/password_reset`, { as: owner });
    expect(res.body.url).toMatch(/^https:\/\/tasktide\.example\/reset-password\?token=/);
  });

  it("refuses admins for admins and owners, anyone for an account of another workspace too, members altogether; nothing is issued", async () => {
    const owner = await createUser();
    const admin = await soleMember(owner, "admin");
    const otherAdmin = await soleMember(owner, "admin");
    const member = await soleMember(owner, "member");
    const everywhere = await createMember(owner.workspaceId, "member"); // also owns their own workspace
    const db = await getDb();
    const before = await db.select().from(accountTokens);
    expect((await api("POST", `/v1/users/${otherAdmin.id}/password_reset`, { as: admin })).status).toBe(403);
    expect((await api("POST", `/v1/users/${owner.id}/password_reset`, { as: admin })).status).toBe(403);
    const elsewhere = await api("POST", `/v1/users/${everywhere.id}/password_reset`, { as: owner });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.message).toMatch(/other workspaces/);
    expect((await api("POST", `/v1/users/${admin.id}/password_reset`, { as: member })).status).toBe(403);
    const stranger = await createUser();
    expect((await api("POST", `/v1/users/${stranger.id}/password_reset`, { as: owner })).status).toBe(404);
    expect(await db.select().from(accountTokens)).toEqual(before);
    expect((await api("POST", `/v1/users/${member.id}/password_reset`, { as: admin })).status).toBe(201);
  });
});

describe("/v1/me: the profile", () => {
  it("renames, and refuses API tokens", async () => {
    const user = await createUser();
    const res = await api("PATCH", "/v1/me", { as: user, body: { name: "  Ada Lovelace " } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, name: "Ada Lovelace", email: user.email, mail_enabled: false });
    expect((await api("GET", "/v1/users/" + user.id, { as: user })).body.name).toBe("Ada Lovelace");
    const token = (await api("POST", "/v1/tokens", { as: user, body: { name: "t", scope: "read_write" } })).body.token;
    expect((await api("GET", "/v1/me", { as: { token } })).status).toBe(403);
    expect((await api("PATCH", "/v1/me", { as: { token }, body: { name: "Token" } })).status).toBe(403);
    expect((await api("PATCH", "/v1/me", { as: user, body: { name: "" } })).status).toBe(400);
    expect((await api("GET", "/v1/me", { as: user })).body.name).toBe("Ada Lovelace");
  });

  it("changes the password only with the current one, ending the other sessions but not this one", async () => {
    const user = await createUser();
    const other = { cookie: await sessionCookie(user.id) };
    const wrong = await api("POST", "/v1/me/password", { as: user, body: { current_password: "wrong", new_password: "new-password-1" } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([expect.objectContaining({ field: "current_password" })]);
    expect(await signsIn(user.email, user.password)).toBe(true);
    expect((await api("GET", "/v1/boards", { as: other })).status).toBe(200);
    const ok = await api("POST", "/v1/me/password", {
      as: user,
      body: { current_password: user.password, new_password: "new-password-1" },
    });
    expect(ok.status).toBe(204);
    expect(await signsIn(user.email, "new-password-1")).toBe(true);
    expect((await api("GET", "/v1/boards", { as: other })).status).toBe(401);
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(200);
  });

  it("changes the email at once without mail; a taken one is 409 and changes nothing", async () => {
    const user = await createUser();
    const taken = await createUser();
    const res = await api("POST", "/v1/me/email", {
      as: user,
      body: { email: "New.Address@Example.test", current_password: user.password },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "changed", account: { email: "new.address@example.test" } });
    const clash = await api("POST", "/v1/me/email", { as: user, body: { email: taken.email, current_password: user.password } });
    expect(clash.status).toBe(409);
    expect(JSON.stringify(clash.body)).not.toContain(taken.email);
    expect((await api("POST", "/v1/me/email", { as: user, body: { email: "x@example.test", current_password: "nope" } })).status).toBe(400);
    expect((await api("GET", "/v1/me", { as: user })).body.email).toBe("new.address@example.test");
  });

  it("with mail, sends a confirmation link to the new address; a taken address gets the same answer and no mail", async () => {
    withMail();
    const user = await createUser();
    const taken = await createUser();
    const res = await api("POST", "/v1/me/email", {
      as: user,
      body: { email: "confirm.me@example.test", current_password: user.password },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "confirmation_sent", account: { email: user.email } });
    const token = linkToken((await smtp.waitForMail("confirm.me@example.test")).text, "/confirm-email")!;
    const clash = await api("POST", "/v1/me/email", { as: user, body: { email: taken.email, current_password: user.password } });
    expect(clash.status).toBe(200);
    expect(clash.body).toEqual({ ...res.body });
    const db = await getDb();
    expect(await confirmEmailChange(db, "bogus")).toBe(false);
    expect(await confirmEmailChange(db, token)).toBe(true);
    expect(await confirmEmailChange(db, token)).toBe(false);
    expect((await api("GET", "/v1/me", { as: user })).body.email).toBe("confirm.me@example.test");
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mails.filter((m) => m.to.includes(taken.email))).toEqual([]);
  });
});

describe("DELETE /v1/me", () => {
  it("refuses owners (transfer first) and a wrong password, changing nothing", async () => {
    const owner = await createUser();
    const res = await api("DELETE", "/v1/me", { as: owner, body: { current_password: owner.password } });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/transfer ownership/);
    const member = await soleMember(owner, "member");
    expect((await api("DELETE", "/v1/me", { as: member, body: { current_password: "wrong" } })).status).toBe(400);
    expect((await api("GET", "/v1/me", { as: member })).status).toBe(200);
    expect((await api("GET", "/v1/me", { as: owner })).status).toBe(200);
  });

  it("leaves every workspace, revokes tokens, ends sessions; cards and comments stay as “Former member”", async () => {
    const owner = await createUser();
    const member = await soleMember(owner, "member");
    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Stays" } })).body;
    const list = (await api("POST", "/v1/lists", { as: owner, body: { board_id: board.id, name: "Todo" } })).body;
    const card = (await api("POST", "/v1/cards", { as: member, body: { list_id: list.id, title: "Mine", assignee_ids: [member.id] } }))
      .body;
    const comment = (await api("POST", "/v1/comments", { as: member, body: { card_id: card.id, body: "I was here" } })).body;
    const token = (await api("POST", "/v1/tokens", { as: member, body: { name: "script", scope: "read" } })).body;
    const res = await api("DELETE", "/v1/me", { as: member, body: { current_password: member.password } });
    expect(res.status).toBe(204);
    expect((await api("GET", "/v1/boards", { as: member })).status).toBe(401);
    expect((await api("GET", "/v1/boards", { as: { token: token.token } })).status).toBe(401);
    expect(await signsIn(member.email, member.password)).toBe(false);
    const comments = (await api("GET", `/v1/comments?card_id=${card.id}`, { as: owner })).body.items;
    expect(comments).toEqual([
      expect.objectContaining({ id: comment.id, body: "I was here", author: expect.objectContaining({ name: "Former member" }) }),
    ]);
    expect((await api("GET", `/v1/cards/${card.id}`, { as: owner })).body).toMatchObject({ title: "Mine", assignee_ids: [] });
    const db = await getDb();
    expect(await db.select().from(memberships).where(eq(memberships.userId, member.id))).toEqual([]);
    expect((await db.select().from(apiTokens).where(eq(apiTokens.userId, member.id)))[0].revokedAt).not.toBeNull();
    expect((await db.select().from(userSessions).where(eq(userSessions.userId, member.id))).every((s) => s.revokedAt)).toBe(true);
    const [row] = await db.select().from(users).where(eq(users.id, member.id));
    expect(row).toMatchObject({ name: "Former member", email: `deleted+${member.id}@deleted.invalid` });
    expect(row.deletedAt).not.toBeNull();
    const types = (await db.select().from(events).where(eq(events.workspaceId, owner.workspaceId))).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["member.removed", "token.revoked", "auth.session_revoked", "card.unassigned"]));
    // The address is free again.
    expect((await api("POST", "/v1/users", { as: owner, body: { email: member.email, role: "member" } })).status).toBe(202);
  });
});

/** A member of the owner's workspace and of no other (createMember's users also own a workspace of their own). */
async function soleMember(owner: TestUser, role: "admin" | "member" | "viewer"): Promise<TestUser> {
  const user = await createMember(owner.workspaceId, role);
  const db = await getDb();
  const own = await db.select().from(memberships).where(eq(memberships.userId, user.id));
  for (const m of own) {
    if (m.workspaceId !== owner.workspaceId) {
      await db.delete(memberships).where(and(eq(memberships.userId, user.id), eq(memberships.workspaceId, m.workspaceId)));
    }
  }
  return user;
}
