import { randomUUID } from "node:crypto";
import { getDb, type Database } from "@/db/client";
import type { Ctx } from "@/lib/workspaces/context";
import { consume, type LimitResult } from "@/lib/rate-limit/limiter";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { ApiError, forbidden } from "./errors";
import { errorResponse, json, noContent } from "./respond";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type ApiHandler<P> = (args: { req: Request; ctx: Ctx; params: P }) => Promise<unknown>;

/**
 * The one wrapper every /v1 handler is: it authenticates (session cookie or Bearer token),
 * rate-limits, runs the handler, maps typed errors to the `{error, message}` envelope and tags
 * every response with X-Request-Id. A handler returns a Response, a value (200 JSON) or nothing
 * (204).
 */
export function withApi<P = Record<string, string>>(handler: ApiHandler<P>) {
  return async (req: Request, route?: RouteContext): Promise<Response> => {
    const requestId = randomUUID();
    let limit: LimitResult | undefined;
    let response: Response;
    try {
      const db = await getDb();
      const caller = await authenticateOrLimit(db, req);
      // Defence in depth: verbs check scopes too, but a read token never reaches a mutation.
      if (caller.token?.scope === "read" && req.method !== "GET" && req.method !== "HEAD") {
        throw forbidden("This API token has the read scope; the read_write scope is required to make changes.");
      }
      limit = await consume("api", caller.token ? `token:${caller.token.id}` : `user:${caller.user.id}`);
      if (!limit.allowed) throw rateLimited(limit);
      const params = ((await route?.params) ?? {}) as P;
      const result = await handler({ req, ctx: { db, caller, requestId }, params });
      response = result instanceof Response ? result : result === undefined ? noContent() : json(result);
    } catch (error) {
      response = toErrorResponse(error, requestId, req);
    }
    response.headers.set("X-Request-Id", requestId);
    if (limit) setRateLimitHeaders(response.headers, limit);
    return response;
  };
}

/**
 * Requests without valid credentials spend their IP's budget, so guessing tokens or hammering
 * the API anonymously is slowed down; authenticated callers spend their own budget instead,
 * so many users behind one address (an office, a proxy) do not share one limit.
 */
async function authenticateOrLimit(db: Database, req: Request) {
  try {
    return await authenticate(db, req);
  } catch (error) {
    if (error instanceof ApiError && error.code === "unauthorized") {
      const limit = await consume("anonymous", `ip:${clientIp(req)}`);
      if (!limit.allowed) throw rateLimited(limit);
    }
    throw error;
  }
}

function rateLimited(result: LimitResult): ApiError {
  return new ApiError("rate_limited", `Too many requests; try again in ${result.resetSeconds} s.`, {
    headers: { "Retry-After": String(result.resetSeconds), ...rateLimitHeaders(result) },
  });
}

function rateLimitHeaders(result: LimitResult): Record<string, string> {
  return {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(result.remaining),
    "RateLimit-Reset": String(result.resetSeconds),
  };
}

function setRateLimitHeaders(headers: Headers, result: LimitResult): void {
  for (const [name, value] of Object.entries(rateLimitHeaders(result))) headers.set(name, value);
}

function toErrorResponse(error: unknown, requestId: string, req: Request): Response {
  if (error instanceof ApiError) return errorResponse(error);
  // Logged with the request id so an admin can find it; the client never sees the stack.
  console.error(`[${requestId}] ${req.method} ${new URL(req.url).pathname} failed:`, error);
  return errorResponse(new ApiError("internal", `Something went wrong on our side (request ${requestId}).`));
}
