import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { events, invites, memberships, users } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { newId } from "@/lib/ids";
import { AppError } from "@/lib/core/errors";
import { addMember } from "@/lib/members/add-member";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { updateMemberRole } from "@/lib/members/update-member-role";
import type { Ctx } from "@/lib/workspaces/context";
import { api, type As } from "../support/api";
import { createMember, createUser, sessionCookie, type TestUser } from "../support/factories";

async function workspaceEvents(workspaceId: string) {
  const db = await getDb();
  return db.select().from(events).where(eq(events.workspaceId, workspaceId)).orderBy(events.id);
}

const actorOf = (u: TestUser) => ({ id: u.id, name: u.name, email: u.email });

/** A verb context as a token caller would have it (the token store is another issue's work). */
async function tokenCtx(user: TestUser, role: Ctx["caller"]["role"], token: NonNullable<Ctx["caller"]["token"]>): Promise<Ctx> {
  return { db: await getDb(), caller: { user: actorOf(user), workspaceId: user.workspaceId, role, via: "token", token } };
}

describe("/v1/users", () => {
  it("lists, adds, gets, re-roles and removes members, recording each event", async () => {
    const owner = await createUser({ name: "Olga Owner" });
    const joiner = await createUser({ name: "Jo Joiner" });

    const listed = await api("GET", "/v1/users", { as: owner });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      items: [{ id: owner.id, name: owner.name, email: owner.email, role: "owner", joined_at: expect.any(String) }],
      next_cursor: null,
    });

    const added = await api("POST", "/v1/users", { as: owner, body: { email: joiner.email.toUpperCase(), role: "admin" } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: joiner.id, name: joiner.name, email: joiner.email, role: "admin" });
    expect(new Date(added.body.joined_at).toISOString()).toBe(added.body.joined_at);
    expect((await api("GET", `/v1/users/${joiner.id}`, { as: owner })).body).toEqual(added.body);

    const again = await api("POST", "/v1/users", { as: owner, body: { email: joiner.email } });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain("already a member");

    const changed = await api("PATCH", `/v1/users/${joiner.id}`, { as: owner, body: { role: "viewer" } });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ ...added.body, role: "viewer" });
    // Same role again: no change, no event.
    expect((await api("PATCH", `/v1/users/${joiner.id}`, { as: owner, body: { role: "viewer" } })).status).toBe(200);

    const viewers = await api("GET", "/v1/users?role=viewer", { as: owner });
    expect(viewers.body.items.map((m: { id: string }) => m.id)).toEqual([joiner.id]);

    expect((await api("DELETE", `/v1/users/${joiner.id}`, { as: owner })).status).toBe(204);
    expect((await api("GET", `/v1/users/${joiner.id}`, { as: owner })).status).toBe(404);

    const recorded = await workspaceEvents(owner.workspaceId);
    expect(recorded.map((e) => e.type)).toEqual(["member.added", "member.role_changed", "member.removed"]);
    for (const e of recorded) expect(e).toMatchObject({ actor: actorOf(owner), boardId: null, workspaceId: owner.workspaceId });
    expect(recorded[0].data).toEqual(added.body);
    expect(recorded[0].changes).toBeNull();
    expect(recorded[1].data).toEqual(changed.body);
    expect(recorded[1].changes).toEqual({ role: { from: "admin", to: "viewer" } });
    expect(recorded[2].data).toEqual(changed.body);
    expect(recorded[2].changes).toBeNull();
  });

  it("paginates members with a cursor", async () => {
    const owner = await createUser();
    for (let i = 0; i < 3; i++) await createMember(owner.workspaceId, "member");
    const all = (await api("GET", "/v1/users", { as: owner })).body.items.map((m: { id: string }) => m.id);
    expect(all).toHaveLength(4);
    expect([...all].sort()).toEqual(all);
    const first = await api("GET", "/v1/users?limit=3", { as: owner });
    expect(first.body.items).toHaveLength(3);
    const second = await api("GET", `/v1/users?limit=3&cursor=${first.body.next_cursor}`, { as: owner });
    expect([...first.body.items, ...second.body.items].map((m: { id: string }) => m.id)).toEqual(all);
    expect(second.body.next_cursor).toBeNull();
  });

  it("invites an unknown email, which becomes a membership when that email signs up", async () => {
    const owner = await createUser();
    const email = `invitee.${Date.now()}@example.test`;
    const invited = await api("POST", "/v1/users", { as: owner, body: { email: ` ${email.toUpperCase()} `, role: "member" } });
    expect(invited.status).toBe(202);
    expect(invited.body).toMatchObject({ email, role: "member", status: "pending", invited_by: owner.id });
    expect(invited.body.id).toMatch(/^inv_/);
    expect((await api("POST", "/v1/users", { as: owner, body: { email } })).status).toBe(409);
    expect((await api("GET", "/v1/users/invites", { as: owner })).body.items).toEqual([invited.body]);
    // Nobody joined yet: no member.added.
    expect(await workspaceEvents(owner.workspaceId)).toEqual([]);

    const db = await getDb();
    const signed = await signUp(db, { name: "Ivy Invitee", email, password: "long-enough-pw" });
    if (!signed.ok) throw new Error("sign-up failed");
    const members = (await api("GET", "/v1/users", { as: owner })).body.items;
    const ivy = members.find((m: { id: string }) => m.id === signed.userId);
    expect(ivy).toMatchObject({ name: "Ivy Invitee", email, role: "member" });
    expect((await api("GET", "/v1/users/invites", { as: owner })).body.items).toEqual([]);

    const recorded = await workspaceEvents(owner.workspaceId);
    expect(recorded.map((e) => e.type)).toEqual(["member.added"]);
    expect(recorded[0].data).toEqual(ivy);
    expect(recorded[0].actor).toEqual({ id: signed.userId, name: "Ivy Invitee", email });

    // An invited user gets no workspace of their own: their session starts in the inviting one.
    expect(signed.workspaceId).toBe(owner.workspaceId);
    const cookie = await sessionCookie(signed.userId);
    const team = await api("GET", "/v1/users", { as: { cookie } });
    expect(team.body.items.map((m: { id: string }) => m.id).sort()).toEqual([owner.id, signed.userId].sort());
  });

  it("adding an account whose invite is still pending clears the invite", async () => {
    const owner = await createUser();
    const email = `late.${Date.now()}@example.test`;
    await api("POST", "/v1/users", { as: owner, body: { email } });
    // The account appears without the invite being accepted (as when sign-up races the invite).
    const db = await getDb();
    await db.insert(users).values({ id: newId("user"), email, name: "Late", passwordHash: "x" });
    const added = await api("POST", "/v1/users", { as: owner, body: { email, role: "viewer" } });
    expect(added.status).toBe(201);
    expect((await api("GET", "/v1/users/invites", { as: owner })).body.items).toEqual([]);
  });

  it("withdraws an invite", async () => {
    const owner = await createUser();
    const invite = (await api("POST", "/v1/users", { as: owner, body: { email: `gone.${Date.now()}@example.test` } })).body;
    expect((await api("DELETE", `/v1/users/invites/${invite.id}`, { as: owner })).status).toBe(204);
    expect((await api("DELETE", `/v1/users/invites/${invite.id}`, { as: owner })).status).toBe(404);
    expect((await api("GET", "/v1/users/invites", { as: owner })).body.items).toEqual([]);
  });
});

describe("owner rules", () => {
  it("only owners grant or remove the owner role", async () => {
    const owner = await createUser();
    const admin = await createMember(owner.workspaceId, "admin");
    const member = await createMember(owner.workspaceId, "member");
    const outsider = await createUser();

    for (const [method, path, body] of [
      ["PATCH", `/v1/users/${member.id}`, { role: "owner" }],
      ["PATCH", `/v1/users/${owner.id}`, { role: "admin" }],
      ["DELETE", `/v1/users/${owner.id}`, undefined],
      ["POST", "/v1/users", { email: outsider.email, role: "owner" }],
      ["POST", "/v1/users", { email: "new.owner@example.test", role: "owner" }],
    ] as const) {
      const res = await api(method, path, { as: admin, body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.message).toMatch(/owner role/);
    }
    // Admins do manage non-owners.
    expect((await api("PATCH", `/v1/users/${member.id}`, { as: admin, body: { role: "admin" } })).status).toBe(200);
    expect((await api("POST", "/v1/users", { as: admin, body: { email: outsider.email, role: "viewer" } })).status).toBe(201);
    const roles = Object.fromEntries(
      (await api("GET", "/v1/users", { as: owner })).body.items.map((m: { id: string; role: string }) => [m.id, m.role]),
    );
    expect(roles).toEqual({ [owner.id]: "owner", [admin.id]: "admin", [member.id]: "admin", [outsider.id]: "viewer" });
  });

  it("the last owner cannot be demoted or removed (409); with a second owner they can", async () => {
    const owner = await createUser();
    const other = await createMember(owner.workspaceId, "admin");
    const demote = await api("PATCH", `/v1/users/${owner.id}`, { as: owner, body: { role: "admin" } });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ error: "conflict", message: expect.stringMatching(/last owner/) });
    expect((await api("DELETE", `/v1/users/${owner.id}`, { as: owner })).status).toBe(409);

    expect((await api("PATCH", `/v1/users/${other.id}`, { as: owner, body: { role: "owner" } })).status).toBe(200);
    expect((await api("PATCH", `/v1/users/${owner.id}`, { as: owner, body: { role: "member" } })).status).toBe(200);
    // The role is read per request: the demoted caller can no longer manage members.
    expect((await api("PATCH", `/v1/users/${other.id}`, { as: owner, body: { role: "admin" } })).status).toBe(403);
    expect((await api("PATCH", `/v1/users/${other.id}`, { as: other, body: { role: "admin" } })).status).toBe(409);
    expect((await api("DELETE", `/v1/users/${other.id}`, { as: other })).status).toBe(409);
  });

  it("two owners demoting each other at once leave exactly one owner", async () => {
    const a = await createUser();
    const b = await createMember(a.workspaceId, "owner");
    const results = await Promise.all([
      api("PATCH", `/v1/users/${b.id}`, { as: a, body: { role: "admin" } }),
      api("PATCH", `/v1/users/${a.id}`, { as: b, body: { role: "admin" } }),
    ]);
    const db = await getDb();
    const [{ owners }] = await db
      .select({ owners: count() })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, a.workspaceId), eq(memberships.role, "owner")));
    expect(owners).toBe(1);
    expect(results.map((r) => r.status).sort()).toEqual(expect.arrayContaining([200]));
    expect(results.every((r) => [200, 403, 409].includes(r.status))).toBe(true);
  });

  it("anyone may leave a workspace; a member cannot remove someone else", async () => {
    const owner = await createUser();
    const viewer = await createMember(owner.workspaceId, "viewer");
    const member = await createMember(owner.workspaceId, "member");
    expect((await api("DELETE", `/v1/users/${member.id}`, { as: viewer })).status).toBe(403);
    expect((await api("DELETE", `/v1/users/${viewer.id}`, { as: viewer })).status).toBe(204);
    const recorded = await workspaceEvents(owner.workspaceId);
    expect(recorded.map((e) => [e.type, e.actorId])).toEqual([["member.removed", viewer.id]]);
  });
});

describe("access ends at once", () => {
  it("a removed member's session loses the workspace on its next request", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Secret" } })).body;
    const pinned: As = { cookie: `${member.cookie}; tt_workspace=${owner.workspaceId}` };
    expect((await api("GET", `/v1/boards/${board.id}`, { as: member })).status).toBe(200);
    expect((await api("GET", `/v1/boards/${board.id}`, { as: pinned })).status).toBe(200);

    expect((await api("DELETE", `/v1/users/${member.id}`, { as: owner })).status).toBe(204);
    // Without a workspace named, the session falls back to the member's own workspace …
    expect((await api("GET", `/v1/boards/${board.id}`, { as: member })).status).toBe(404);
    expect((await api("GET", "/v1/users", { as: member })).body.items.map((m: { id: string }) => m.id)).toEqual([member.id]);
    // … and so does a session still pinned to the old workspace: nothing of it is reachable.
    expect((await api("GET", `/v1/boards/${board.id}`, { as: pinned })).status).toBe(404);
    expect((await api("GET", "/v1/boards", { as: pinned })).body.items.map((b: { id: string }) => b.id)).not.toContain(board.id);
    expect(
      (await api("POST", "/v1/comments", { as: pinned, body: { card_id: "card_00000000000000000000000000", body: "x" } })).status,
    ).toBe(404);
  });

  it("a demoted member loses write rights on the next request", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    expect((await api("POST", "/v1/boards", { as: member, body: { name: "ok" } })).status).toBe(201);
    await api("PATCH", `/v1/users/${member.id}`, { as: owner, body: { role: "viewer" } });
    expect((await api("POST", "/v1/boards", { as: member, body: { name: "no" } })).status).toBe(403);
  });
});

describe("tokens", () => {
  async function createToken(as: TestUser, body: Record<string, unknown>): Promise<string> {
    const res = await api("POST", "/v1/tokens", { as, body });
    expect(res.status).toBe(201);
    return res.body.token;
  }

  it("a removed member's API token loses access on its next request", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Shared" } })).body;
    const token = await createToken(member, { name: "script", scope: "read_write" });
    expect((await api("GET", `/v1/boards/${board.id}`, { as: { token } })).status).toBe(200);
    expect((await api("DELETE", `/v1/users/${member.id}`, { as: owner })).status).toBe(204);
    const after = await api("GET", `/v1/boards/${board.id}`, { as: { token } });
    expect(after.status).toBe(401);
    expect(after.body.error).toBe("unauthorized");
  });

  it("over HTTP, a board-restricted token may list members but not manage them", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Only" } })).body;
    const token = await createToken(owner, { name: "restricted", scope: "read_write", board_ids: [board.id] });
    expect((await api("GET", "/v1/users", { as: { token } })).status).toBe(200);
    for (const [method, path, body] of [
      ["POST", "/v1/users", { email: "x@example.test" }],
      ["PATCH", `/v1/users/${member.id}`, { role: "admin" }],
      ["DELETE", `/v1/users/${member.id}`],
      ["GET", "/v1/users/invites"],
    ] as const) {
      const res = await api(method, path, { as: { token }, body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.message).toMatch(/restricted to some boards/);
    }
  });

  it("board-restricted tokens cannot manage members; read-scope tokens cannot change them", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const outsider = await createUser();
    const restricted = await tokenCtx(owner, "owner", { id: "tok_x", scope: "read_write", boardIds: ["board_x"] });
    const readOnly = await tokenCtx(owner, "owner", { id: "tok_y", scope: "read", boardIds: null });
    const attempts: [string, Ctx, () => Promise<unknown>][] = [];
    for (const [label, ctx] of [
      ["restricted", restricted],
      ["read scope", readOnly],
    ] as const) {
      attempts.push([`${label} add`, ctx, () => addMember({ ctx, input: { email: outsider.email, role: "member" } })]);
      attempts.push([`${label} update`, ctx, () => updateMemberRole({ ctx, id: member.id, input: { role: "admin" } })]);
      attempts.push([`${label} remove`, ctx, () => removeMember({ ctx, id: member.id })]);
    }
    for (const [label, , run] of attempts) {
      const error = await run().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(AppError);
      expect((error as AppError).code, label).toBe("forbidden");
      expect((error as AppError).message, label).toMatch(label.startsWith("restricted") ? /restricted to some boards/ : /read_write scope/);
    }
    // Reading the member list stays open to both.
    expect((await listMembers({ ctx: readOnly, query: { limit: 50 } })).items).toHaveLength(2);
    expect(await workspaceEvents(owner.workspaceId)).toEqual([]);
  });
});

describe("roles on /v1/users", () => {
  const cases = [
    { role: "viewer", read: 200, add: 403, invites: 403, update: 403, remove: 403 },
    { role: "member", read: 200, add: 403, invites: 403, update: 403, remove: 403 },
    { role: "admin", read: 200, add: 201, invites: 200, update: 200, remove: 204 },
    { role: "owner", read: 200, add: 201, invites: 200, update: 200, remove: 204 },
  ] as const;

  it.each(cases)("$role", async ({ role, read, add, invites: invitesStatus, update, remove }) => {
    const workspaceOwner = await createUser();
    const user = role === "owner" ? workspaceOwner : await createMember(workspaceOwner.workspaceId, role);
    const target = await createMember(workspaceOwner.workspaceId, "member");
    const outsider = await createUser();
    expect((await api("GET", "/v1/users", { as: user })).status).toBe(read);
    expect((await api("GET", `/v1/users/${target.id}`, { as: user })).status).toBe(read);
    const added = await api("POST", "/v1/users", { as: user, body: { email: outsider.email } });
    expect(added.status).toBe(add);
    if (add === 403) expect(added.body.message).toMatch(/role \(\w+\).*admin role or higher/);
    expect((await api("GET", "/v1/users/invites", { as: user })).status).toBe(invitesStatus);
    expect((await api("PATCH", `/v1/users/${target.id}`, { as: user, body: { role: "viewer" } })).status).toBe(update);
    expect((await api("DELETE", `/v1/users/${target.id}`, { as: user })).status).toBe(remove);
  });
});

describe("bad input on /v1/users changes nothing", () => {
  let owner: TestUser;
  let member: TestUser;
  let stranger: TestUser;
  let strangerInvite: string;

  beforeAll(async () => {
    owner = await createUser();
    member = await createMember(owner.workspaceId, "member");
    stranger = await createUser();
    strangerInvite = (await api("POST", "/v1/users", { as: stranger, body: { email: `s.${Date.now()}@example.test` } })).body.id;
  });

  async function snapshot() {
    const db = await getDb();
    return {
      memberships: await db.select().from(memberships).orderBy(memberships.workspaceId, memberships.userId),
      invites: await db.select().from(invites).orderBy(invites.id),
      events: (await db.select({ n: count() }).from(events))[0].n,
    };
  }

  const cases: { name: string; method: string; path: () => string; body?: unknown; as?: () => As; status: number }[] = [
    { name: "add: missing email", method: "POST", path: () => "/v1/users", body: { role: "member" }, status: 400 },
    { name: "add: email wrong type", method: "POST", path: () => "/v1/users", body: { email: 42 }, status: 400 },
    { name: "add: not an email", method: "POST", path: () => "/v1/users", body: { email: "nope" }, status: 400 },
    { name: "add: oversize email", method: "POST", path: () => "/v1/users", body: { email: `${"a".repeat(250)}@x.test` }, status: 400 },
    { name: "add: unknown role", method: "POST", path: () => "/v1/users", body: { email: "a@b.test", role: "god" }, status: 400 },
    { name: "add: unknown field", method: "POST", path: () => "/v1/users", body: { email: "a@b.test", name: "x" }, status: 400 },
    { name: "add: array body", method: "POST", path: () => "/v1/users", body: [], status: 400 },
    { name: "add: malformed JSON", method: "POST", path: () => "/v1/users", body: "{", status: 400 },
    { name: "update: empty body", method: "PATCH", path: () => `/v1/users/${member.id}`, body: {}, status: 400 },
    { name: "update: role wrong type", method: "PATCH", path: () => `/v1/users/${member.id}`, body: { role: 1 }, status: 400 },
    {
      name: "update: unknown field",
      method: "PATCH",
      path: () => `/v1/users/${member.id}`,
      body: { role: "admin", email: "x@y.z" },
      status: 400,
    },
    { name: "update: id of wrong type", method: "PATCH", path: () => "/v1/users/card_123", body: { role: "admin" }, status: 404 },
    {
      name: "update: unknown user id",
      method: "PATCH",
      path: () => "/v1/users/user_00000000000000000000000000",
      body: { role: "admin" },
      status: 404,
    },
    {
      name: "update: another workspace's user",
      method: "PATCH",
      path: () => `/v1/users/${stranger.id}`,
      body: { role: "admin" },
      status: 404,
    },
    { name: "remove: another workspace's user", method: "DELETE", path: () => `/v1/users/${stranger.id}`, status: 404 },
    { name: "get: another workspace's user", method: "GET", path: () => `/v1/users/${stranger.id}`, status: 404 },
    { name: "revoke: another workspace's invite", method: "DELETE", path: () => `/v1/users/invites/${strangerInvite}`, status: 404 },
    { name: "revoke: id of wrong type", method: "DELETE", path: () => "/v1/users/invites/user_1", status: 404 },
    { name: "list: unknown role filter", method: "GET", path: () => "/v1/users?role=king", status: 400 },
    { name: "list: unknown parameter", method: "GET", path: () => "/v1/users?sort=name", status: 400 },
    { name: "list: bad cursor", method: "GET", path: () => "/v1/users?cursor=zzz", status: 400 },
    { name: "no session", method: "GET", path: () => "/v1/users", as: () => null, status: 401 },
  ];

  it.each(cases)("$name → $status", async (c) => {
    const before = await snapshot();
    const res = await api(c.method, c.path(), { as: c.as ? c.as() : owner, body: c.body });
    expect(res.status).toBe(c.status);
    expect(res.body).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    expect(await snapshot()).toEqual(before);
  });
});
