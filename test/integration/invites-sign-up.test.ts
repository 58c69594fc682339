import { eq, inArray } from "drizzle-orm";
import { CredentialsSignin } from "next-auth";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { signUpAction } from "@/lib/accounts/auth-actions";
import { signUp } from "@/lib/accounts/sign-up";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { joinedMessage, joinedNotice } from "@/lib/members/joined-notice";
import { resetRateLimiters } from "@/lib/rate-limit/limiter";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";
import { chooseWorkspace } from "@/lib/workspaces/workspace-choice";
import { api } from "../support/api";
import { createUser } from "../support/factories";

// The sign-up server action, run for real against the database: only Next's request scope
// (headers, cookies) and next-auth's signIn() are stood in for. The stand-in signIn runs the
// credentials provider's real authorize, as @auth/core does (null → CredentialsSignin, thrown
// errors pass through), and records where it would redirect. next-auth's entry imports Next's
// server runtime, which vitest cannot load; the error classes it re-exports are @auth/core's own.
vi.mock("next-auth", () => import("@auth/core/errors"));
const request = vi.hoisted(() => ({
  headers: new Headers(),
  cookies: new Map<string, string>(),
  signIns: [] as { email: string; redirectTo: string }[],
}));

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
}));

vi.mock("@/lib/auth", async () => {
  const { RateLimitedSignIn } = await import("@/lib/auth/authorize-credentials");
  return {
    RateLimitedSignIn,
    signOut: async () => {},
    signIn: async (_provider: string, options: { email: string; password: string; redirectTo: string }) => {
      const user = await authorizeCredentials(
        { email: options.email, password: options.password },
        new Request("http://localhost:3000/api/auth/callback/credentials", { method: "POST", headers: request.headers }),
      );
      if (!user) throw new CredentialsSignin();
      request.signIns.push({ email: options.email, redirectTo: options.redirectTo });
    },
  };
});

const saved = { ...process.env };

beforeEach(() => {
  request.headers = new Headers({ "x-real-ip": "203.0.113.50" });
  request.cookies.clear();
  request.signIns = [];
});

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("RATE_LIMIT_") && !(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  resetRateLimiters();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

let n = 0;
function newcomer() {
  n++;
  return { name: `Newcomer ${n}`, email: `newcomer.${n}.${Date.now()}@example.test`, password: "long-enough-pw" };
}

async function accountsOf(email: string) {
  return (await getDb()).select().from(users).where(eq(users.email, email));
}

describe("signing up while limited", () => {
  it("creates nothing when the sign-up budget of the address is spent, and says how long to wait", async () => {
    Object.assign(process.env, { RATE_LIMIT_SIGN_IN_PER_15_MINUTES: "2" });
    resetRateLimiters();
    for (let i = 0; i < 2; i++) expect(await signUpAction({}, form(newcomer()))).toEqual({});
    const person = newcomer();
    const state = await signUpAction({}, form(person));
    expect(state).toEqual({ error: "Too many attempts. Try again in 15 minutes.", values: { name: person.name, email: person.email } });
    expect(await accountsOf(person.email)).toEqual([]);
  });

  it("creates nothing when the address may not sign in (its failed sign-ins are spent), instead of a server error", async () => {
    Object.assign(process.env, { RATE_LIMIT_SIGN_IN_PER_15_MINUTES: "3" });
    resetRateLimiters();
    const db = await getDb();
    for (let i = 0; i < 3; i++) await verifyCredentials(db, { email: `guess${i}@example.test`, password: "guess" }, "203.0.113.50");
    const person = newcomer();
    const state = await signUpAction({}, form(person));
    expect(state).toMatchObject({ error: expect.stringMatching(/^Too many attempts\. Try again in 1[45] minutes\.$/) });
    expect(await accountsOf(person.email)).toEqual([]);
    expect(request.signIns).toEqual([]);
    // Another client is not affected.
    request.headers = new Headers({ "x-real-ip": "203.0.113.51" });
    expect(await signUpAction({}, form(person))).toEqual({});
    expect(await accountsOf(person.email)).toHaveLength(1);
  });
});

describe("signing up after an invite", () => {
  it("joins every inviting workspace, makes none of its own, and lands in the newest with a notice", async () => {
    const db = await getDb();
    const [acme, beta] = [await createUser({ name: "Acme Owner" }), await createUser({ name: "Beta Owner" })];
    const person = newcomer();
    expect((await api("POST", "/v1/users", { as: acme, body: { email: person.email, role: "member" } })).status).toBe(202);
    expect((await api("POST", "/v1/users", { as: beta, body: { email: person.email, role: "admin" } })).status).toBe(202);
    const workspacesBefore = (await db.select().from(workspaces)).length;

    expect(await signUpAction({}, form(person))).toEqual({});

    const [account] = await accountsOf(person.email);
    expect((await db.select().from(workspaces)).length).toBe(workspacesBefore);
    const mine = await db.select().from(memberships).where(eq(memberships.userId, account.id));
    expect(mine.map((m) => [m.workspaceId, m.role]).sort()).toEqual(
      [
        [acme.workspaceId, "member"],
        [beta.workspaceId, "admin"],
      ].sort(),
    );

    // Lands in Beta (the newest invite): the cookie says so, and so does the default without it.
    expect(request.cookies.get("tt_workspace")).toBe(beta.workspaceId);
    const fallback = await chooseWorkspace(db, account.id, {});
    expect(fallback).toMatchObject({ ok: true, caller: { workspaceId: beta.workspaceId, role: "admin" } });

    // Signed in, redirected to the boards page, which says what they joined.
    expect(request.signIns).toHaveLength(1);
    const landing = new URL(request.signIns[0].redirectTo, "http://localhost:3000");
    expect(landing.pathname).toBe("/boards");
    const notice = joinedNotice(landing.searchParams.get("joined") ?? undefined, await listMyWorkspaces(db, account.id));
    const [acmeName, betaName] = await Promise.all(
      [acme, beta].map(async (owner) => (await db.select().from(workspaces).where(eq(workspaces.id, owner.workspaceId)))[0].name),
    );
    expect(joinedMessage(notice)).toBe(`You joined ${betaName} as admin and ${acmeName} as member.`);
  });

  it("signUp reports the joined workspaces and lands in the inviting one", async () => {
    const db = await getDb();
    const owner = await createUser({ name: "Gamma Owner" });
    const person = newcomer();
    await api("POST", "/v1/users", { as: owner, body: { email: person.email, role: "viewer" } });
    const result = await signUp(db, person);
    if (!result.ok) throw new Error("sign-up failed");
    expect(result.workspaceId).toBe(owner.workspaceId);
    expect(result.joined).toEqual([{ workspaceId: owner.workspaceId, workspaceName: "Gamma Owner's workspace", role: "viewer" }]);
    expect(
      await db
        .select()
        .from(workspaces)
        .where(eq(workspaces.name, `${person.name}'s workspace`)),
    ).toEqual([]);
  });

  it("without an invite, the new user gets a workspace of their own and no notice", async () => {
    const db = await getDb();
    const person = newcomer();
    expect(await signUpAction({}, form(person))).toEqual({});
    const [account] = await accountsOf(person.email);
    const mine = await listMyWorkspaces(db, account.id);
    expect(mine).toEqual([{ id: expect.any(String), name: `${person.name}'s workspace`, role: "owner" }]);
    expect(request.signIns).toEqual([{ email: person.email, redirectTo: "/boards" }]);
    expect(request.cookies.has("tt_workspace")).toBe(false);
  });

  it("a crafted notice link names only the viewer's own workspaces", async () => {
    const db = await getDb();
    const [me, stranger] = [await createUser(), await createUser()];
    const notice = joinedNotice(`${stranger.workspaceId},${me.workspaceId},nonsense`, await listMyWorkspaces(db, me.id));
    expect(notice).toEqual([{ name: `${me.name}'s workspace`, role: "owner" }]);
    expect(
      await db
        .select()
        .from(memberships)
        .where(inArray(memberships.userId, [me.id])),
    ).toHaveLength(1);
  });
});
