import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { clientIpFromHeaders } from "@/lib/api/client-ip";
import { endSession } from "./sessions";
import { recordAuthEvent } from "./verify-credentials";

/**
 * next-auth's `events.signOut` (JWT sessions hand it the decoded session token): ends its
 * session row and records auth.logout in each of the user's workspaces, with the same data as auth.login. A cookie that no
 * longer decodes, or names a deleted account, signs out without an event. next-auth catches and
 * logs what this throws, so signing out never fails because of it.
 */
export async function recordSignOut(
  message: { token?: { sub?: string | null; sid?: unknown } | null } | { session?: unknown },
): Promise<void> {
  const userId = "token" in message ? message.token?.sub : undefined;
  if (!userId) return;
  const db = await getDb();
  // The signed-out cookie's session ends too, so a copy of the cookie kept elsewhere stops working.
  const sid = "token" in message ? message.token?.sid : undefined;
  if (typeof sid === "string") await endSession(db, sid);
  const [user] = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
  if (!user) return;
  await recordAuthEvent(db, user.id, "auth.logout", user, await requestIp());
}

/** The caller's address from the request being handled (a server action or /api/auth/signout). */
async function requestIp(): Promise<string> {
  try {
    return clientIpFromHeaders(await headers());
  } catch {
    return "direct"; // Outside a request (a script): no address to report.
  }
}
