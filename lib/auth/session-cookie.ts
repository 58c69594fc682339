import { getToken } from "next-auth/jwt";
import { appSecret } from "@/lib/secrets";

/** next-auth names its cookie by protocol; both the issuer and the reader derive it this way. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/**
 * Reads the user id from next-auth's session cookie on any Request. Decoding the JWT directly
 * (instead of calling `auth()`) keeps the /v1 handlers callable outside Next's request scope,
 * which the integration tests do.
 */
export async function sessionUserId(req: Request): Promise<string | null> {
  const cookie = req.headers.get("cookie");
  if (!cookie || !cookie.includes("authjs.session-token")) return null;
  const secure = new URL(req.url).protocol === "https:";
  const token = await getToken({
    req: { headers: { cookie } },
    secret: appSecret(),
    secureCookie: secure,
    salt: sessionCookieName(secure),
  });
  return typeof token?.sub === "string" ? token.sub : null;
}
