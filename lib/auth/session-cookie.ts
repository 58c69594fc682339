import { getToken } from "next-auth/jwt";
import { appSecret } from "@/lib/secrets";

/** next-auth names its cookie by protocol; both the issuer and the reader derive it this way. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/**
 * Reads the user id and session id (`sid`, a row of user_sessions that the caller still has to
 * check) from next-auth's session cookie on any Request. Decoding the JWT directly
 * (instead of calling `auth()`) keeps the /v1 handlers callable outside Next's request scope,
 * which the integration tests do.
 */
export async function sessionOfRequest(req: Request): Promise<{ userId: string; sessionId: unknown } | null> {
  const cookie = req.headers.get("cookie");
  if (!cookie || !cookie.includes("authjs.session-token")) return null;
  const secure = new URL(req.url).protocol === "https:";
  const token = await getToken({
    req: { headers: { cookie } },
    secret: appSecret(),
    secureCookie: secure,
    salt: sessionCookieName(secure),
  });
  return typeof token?.sub === "string" ? { userId: token.sub, sessionId: token.sid } : null;
}
