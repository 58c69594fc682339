import type { Database } from "@/db/client";
import { sessionOfRequest } from "@/lib/auth/session-cookie";
import { checkSession } from "@/lib/auth/sessions";
import { clientIp } from "./client-ip";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import type { Caller } from "@/lib/workspaces/context";
import { chooseWorkspaceForRequest } from "@/lib/workspaces/workspace-choice";
import { forbidden, unauthorized } from "@/lib/core/errors";
import { config } from "@/config";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A Bearer token wins over a cookie. Cookie-authenticated mutations must come from our own
 * origin: this is what stops another site from riding a signed-in browser (CSRF).
 */
export async function authenticate(db: Database, req: Request): Promise<Caller> {
  const authorization = req.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw unauthorized("The Authorization header must be `Bearer <token>`.");
    const caller = await authenticateToken(db, match[1]);
    if (!caller) throw unauthorized("The API token is invalid, expired or revoked.");
    return caller;
  }
  const session = await sessionOfRequest(req);
  if (!session) throw unauthorized();
  const { userId, sessionId } = session;
  // An ended session (signed out, ended from Settings → Security, a password reset) is refused at once.
  if (!(await checkSession(db, { sessionId, userId, ip: clientIp(req) }))) throw unauthorized("Your session has ended; sign in again.");
  if (!SAFE_METHODS.has(req.method)) assertSameOrigin(req);
  // The page's own workspace (sent by our browser code) wins over the cookie every tab shares;
  // it must be one of the user's: acting on another workspace than the page shows is refused.
  const choice = await chooseWorkspaceForRequest(db, userId, req);
  if (!choice.ok && choice.reason === "not_member_of_pinned")
    throw forbidden("You are not a member of the workspace this page shows; reload the page.");
  if (!choice.ok) throw unauthorized("Your session is no longer valid; sign in again.");
  return { ...choice.caller, sessionId: sessionId as string };
}

const CROSS_SITE = "Cross-site requests with a session cookie are refused; use an API token.";
const NO_ORIGIN =
  "A change made with a session cookie must say where it comes from (the Origin header, which browsers send); scripts should use an API token.";

/**
 * The Origin must name the host the client reached: the Host header, or behind a trusted proxy
 * (TRUST_PROXY=1) the X-Forwarded-Host it sets. Without TRUST_PROXY a client could send its own
 * X-Forwarded-Host to match a foreign Origin, so it is ignored. With neither Origin nor
 * Sec-Fetch-Site (which only browsers send, and page scripts cannot forge) nothing vouches for
 * the request, so it is refused: every browser sends Origin on POST, PUT, PATCH and DELETE.
 */
function assertSameOrigin(req: Request): void {
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") throw forbidden(CROSS_SITE);
  const origin = req.headers.get("origin");
  if (!origin) {
    if (site === "same-origin") return;
    throw forbidden(NO_ORIGIN);
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden(CROSS_SITE);
  }
  if (originHost.toLowerCase() !== reachedHost(req)) throw forbidden(CROSS_SITE);
}

/** The host (and port) the client addressed. */
function reachedHost(req: Request): string {
  const forwarded = config().trustProxy ? req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return (forwarded || req.headers.get("host") || new URL(req.url).host).toLowerCase();
}
