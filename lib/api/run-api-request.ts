import { randomUUID } from "node:crypto";
import { getDb, type Database } from "@/db/client";
import { connectionErrorCode } from "@/db/connection-errors";
import { describeError } from "@/lib/core/describe-error";
import { AppError, forbidden } from "@/lib/core/errors";
import { consume, type LimitResult } from "@/lib/rate-limit/limiter";
import { log } from "@/lib/log/logger";
import { observeRequest } from "@/lib/metrics/metrics";
import { withServerSpan } from "@/lib/tracing/request-span";
import type { Attributes } from "@opentelemetry/api";
import type { Caller, Ctx } from "@/lib/workspaces/context";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { HttpError } from "./errors";
import { errorResponse } from "./respond";

export type RouteContext = { params: Promise<Record<string, string | string[]>> };

type Run = (args: { ctx: Ctx; rawParams: Record<string, string | string[]> }) => Promise<Response>;

/**
 * What every /v1 request goes through: authenticate (session cookie or Bearer token), rate-limit,
 * run, map typed errors to the `{error, message}` envelope and tag the response with X-Request-Id.
 */
export async function runApiRequest(req: Request, route: RouteContext | undefined, run: Run): Promise<Response> {
  // A server span around the whole request (continuing a `traceparent`), with its queries under it.
  return withServerSpan(req.headers.get("traceparent"), (finishSpan) => handle(req, route, run, finishSpan));
}

async function handle(
  req: Request,
  route: RouteContext | undefined,
  run: Run,
  finishSpan: (name: string, attributes: Attributes, error: boolean) => void,
): Promise<Response> {
  const requestId = randomUUID();
  const started = performance.now();
  let limit: LimitResult | undefined;
  let response: Response;
  let caller: Caller | undefined;
  try {
    const db = await getDb();
    caller = await authenticateOrLimit(db, req);
    // Defence in depth: verbs check scopes too, but a read token never reaches a mutation.
    if (caller.token?.scope === "read" && req.method !== "GET" && req.method !== "HEAD") {
      throw forbidden("This API token has the read scope; the read_write scope is required to make changes.");
    }
    limit = await consume("api", caller.token ? `token:${caller.token.id}` : `user:${caller.user.id}`);
    if (!limit.allowed) throw rateLimited(limit);
    const rawParams = (await route?.params) ?? {};
    response = await run({ ctx: { db, caller, requestId }, rawParams });
  } catch (error) {
    // Next passes no params for a route without dynamic segments.
    response = toErrorResponse(error, requestId, req, await Promise.resolve(route?.params).catch(() => undefined));
  }
  response.headers.set("X-Request-Id", requestId);
  if (limit) setRateLimitHeaders(response.headers, limit);
  const params = await Promise.resolve(route?.params).catch(() => undefined);
  const path = routePath(new URL(req.url).pathname, params);
  const ms = performance.now() - started;
  logRequest(req, path, requestId, response.status, ms, caller);
  observeRequest(path, req.method, response.status, ms / 1000);
  finishSpan(
    `${req.method} ${path}`,
    {
      "http.request.method": req.method,
      "http.route": path,
      "http.response.status_code": response.status,
      "tasktide.request_id": requestId,
      ...(caller ? { "enduser.id": caller.user.id, "tasktide.workspace_id": caller.workspaceId } : {}),
    },
    response.status >= 500,
  );
  return response;
}

/**
 * One line per request: its id, the route with its parameters named (no values), status,
 * duration and who called — never a body, header, query value or credential.
 */
function logRequest(req: Request, route: string, requestId: string, status: number, ms: number, caller?: Caller): void {
  log().info(
    {
      request_id: requestId,
      method: req.method,
      route,
      status,
      duration_ms: Math.round(ms * 10) / 10,
      actor_id: caller?.user.id,
      ...(caller?.token ? { token_id: caller.token.id } : {}),
      workspace_id: caller?.workspaceId,
    },
    "request",
  );
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
    if (error instanceof AppError && error.code === "unauthorized") {
      const limit = await consume("anonymous", `ip:${clientIp(req)}`);
      if (!limit.allowed) throw rateLimited(limit);
    }
    throw error;
  }
}

function rateLimited(result: LimitResult): HttpError {
  return new HttpError("rate_limited", `Too many requests; try again in ${result.resetSeconds} s.`, {
    "Retry-After": String(result.resetSeconds),
    ...rateLimitHeaders(result),
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

/** Seconds a client is asked to wait while the database cannot be reached. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

function toErrorResponse(error: unknown, requestId: string, req: Request, params?: Record<string, string | string[]>): Response {
  if (error instanceof AppError) return errorResponse(error);
  // Logged with the request id so an admin can find it, the operation and what failed (class,
  // code, stack frames) but never parameters, SQL or bodies; the client never sees the stack.
  const operation = `${req.method} ${routePath(new URL(req.url).pathname, params)}`;
  const code = connectionErrorCode(error);
  if (code) {
    log().error({ request_id: requestId, operation, code }, `${operation}: database unavailable (${code})`);
    const retryAfter = String(UNAVAILABLE_RETRY_AFTER_SECONDS);
    const message = `The database is unavailable at the moment; try again in ${retryAfter} s (request ${requestId}).`;
    return errorResponse(new HttpError("unavailable", message, { "Retry-After": retryAfter }));
  }
  log().error({ request_id: requestId, operation }, `[${requestId}] ${operation} failed: ${describeError(error)}`);
  return errorResponse(new AppError("internal", `Something went wrong on our side (request ${requestId}).`));
}

/** The route's path with its parameters named (`/v1/cards/{id}`), so no value of a path is logged. */
function routePath(pathname: string, params: Record<string, string | string[]> = {}): string {
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) for (const v of [value].flat()) names.set(v, name);
  return pathname
    .split("/")
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // A malformed escape is no parameter's value; the segment is kept as it is.
      }
      const name = names.get(decoded);
      return name ? `{${name}}` : segment;
    })
    .join("/");
}
