import { dispatch } from "./router";

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
  options: { as?: As; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
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
