import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { getDb } from "@/db/client";
import { memberships, type Role } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { createSession } from "@/lib/auth/sessions";
import { appSecret } from "@/lib/secrets";

export type TestUser = { id: string; email: string; name: string; password: string; workspaceId: string; cookie: string };

const unique = () => randomBytes(4).toString("hex");

/** A signed-in user with their own workspace (as owner), named uniquely so tests never collide. */
export async function createUser(overrides: { name?: string } = {}): Promise<TestUser> {
  const name = overrides.name ?? `User ${unique()}`;
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${unique()}@example.test`;
  const password = `pw-${unique()}-${unique()}`;
  const result = await signUp(await getDb(), { name, email, password });
  if (!result.ok) throw new Error("createUser: sign-up failed");
  return { id: result.userId, email, name, password, workspaceId: result.workspaceId, cookie: await sessionCookie(result.userId) };
}

/** A new user who is a member of `workspaceId` with `role` (and the oldest membership wins). */
export async function createMember(workspaceId: string, role: Role): Promise<TestUser> {
  const user = await createUser({ name: `${role} ${unique()}` });
  const db = await getDb();
  // Make the target workspace the user's oldest membership, so their session acts in it.
  await db.insert(memberships).values({ workspaceId, userId: user.id, role, createdAt: new Date(0) });
  return { ...user, workspaceId };
}

/** The same session cookie next-auth issues at sign-in, with its row of user_sessions (a new session each call). */
export async function sessionCookie(userId: string, options: { userAgent?: string; ip?: string } = {}): Promise<string> {
  const sid = await createSession(await getDb(), {
    userId,
    userAgent: options.userAgent ?? "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
    ip: options.ip ?? "direct",
  });
  return sessionCookieWith({ sub: userId, sid });
}

/** A cookie holding exactly these claims (a session-less one, as issued before sessions were recorded). */
export async function sessionCookieWith(claims: Record<string, unknown>): Promise<string> {
  const name = sessionCookieName(false);
  const token = await encode({ token: claims, secret: appSecret(), salt: name });
  return `${name}=${token}`;
}
