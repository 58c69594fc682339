import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { getDb } from "@/db/client";
import { memberships, type Role } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { sessionCookieName } from "@/lib/auth/session-cookie";
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

/** The same session cookie next-auth issues at sign-in. */
export async function sessionCookie(userId: string): Promise<string> {
  const name = sessionCookieName(false);
  const token = await encode({ token: { sub: userId }, secret: appSecret(), salt: name });
  return `${name}=${token}`;
}
