import { collectOperations } from "@/lib/api/openapi/collect-operations";
import { dispatch } from "./router";
import { routeModules } from "./route-modules";

export const TEST_ORIGIN = "http://localhost:3000";

export type As = { cookie: string } | { token: string } | null;

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers };

/**
 * One request through the real route handlers. `as` is a session (cookie, sent with our Origin
 * like a browser) or an API token; `body` objects are sent as JSON, strings are sent raw.
 */
export async function api<T = any>(
  method: string,
  path: string,
  options: { as?: As; body?: unknown; headers?: Record<string, string>; undocumented?: true } = {},
): Promise<ApiResponse<T>> {
  if (!options.undocumented) assertDocumented(method, path);
  const headers: Record<string, string> = { ...options.headers };
  if (options.as && "cookie" in options.as) {
    headers.cookie = options.as.cookie;
    headers.origin ??= TEST_ORIGIN;
  }
  if (options.as && "token" in options.as) headers.authorization = `Bearer ${options.as.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await dispatch(new Request(`${TEST_ORIGIN}${path}`, { method, headers, body }));
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {}
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/**
 * Tests speak the documented contract: a request whose method and path match no operation of the
 * OpenAPI document fails the test (pass `undocumented: true` to probe what is deliberately not
 * there, such as unknown routes). Responses are checked against their schemas by route() itself.
 */
const documented = collectOperations(routeModules).map((op) => ({
  method: op.method.toUpperCase(),
  pattern: new RegExp(`^${op.path.replace(/\{\w+\}/g, "[^/]+")}/?(\\?.*)?$`),
}));
const OTHER_ROUTES = [/^\/v1\/(openapi\.json|docs|redoc)(\/|\?|$)/];

function assertDocumented(method: string, path: string): void {
  if (OTHER_ROUTES.some((route) => route.test(path))) return;
  if (documented.some((op) => op.method === method && op.pattern.test(path))) return;
  throw new Error(`${method} ${path} is not an operation of the OpenAPI document (pass undocumented: true if the test means it).`);
}
