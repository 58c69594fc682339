import type { JWT } from "next-auth/jwt";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { clientIpFromHeaders } from "@/lib/api/client-ip";
import { checkSession, createSession } from "./sessions";

/**
 * next-auth's `jwt` callback. At sign-in (`user` is set) it records a session row (device and
 * address from the request) and puts its id in the token as `sid`; on every later read of the
 * cookie (auth() in pages) it checks that row: an ended session answers null, which next-auth
 * turns into "signed out" and a cleared cookie. /v1 checks the same row in lib/api/authenticate.ts.
 */
export async function sessionJwt({ token, user }: { token: JWT; user?: { id?: string } | null }): Promise<JWT | null> {
  const db = await getDb();
  const request = await requestHeaders();
  const ip = request ? clientIpFromHeaders(request) : "direct";
  if (user?.id) {
    const sid = await createSession(db, { userId: user.id, userAgent: request?.get("user-agent") ?? null, ip });
    return { ...token, sub: user.id, sid };
  }
  if (typeof token.sub !== "string") return null;
  return (await checkSession(db, { sessionId: token.sid, userId: token.sub, ip })) ? token : null;
}

async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers();
  } catch {
    return null; // Outside a request (a script).
  }
}
