import createClient, { type Middleware } from "openapi-fetch";
import { WORKSPACE_HEADER } from "@/lib/workspaces/workspace-header";
import { ApiClientError } from "./api-client-error";
import type { paths } from "./openapi-types";
import { pinnedWorkspace } from "./pinned-workspace";

/** The page's workspace on every call: with a session cookie it wins over the cookie all tabs share. */
const workspaceHeader: Middleware = {
  onRequest({ request }) {
    const workspaceId = pinnedWorkspace();
    if (workspaceId) request.headers.set(WORKSPACE_HEADER, workspaceId);
    return request;
  },
};

/** Any non-2xx answer rejects the call, so React Query sees an error and the UI the server's message. */
const throwOnError: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw ApiClientError.fromEnvelope(response.status, await response.json().catch(() => null));
    return undefined;
  },
};

/**
 * The browser's one way to /v1, typed from the OpenAPI document (lib/api-client/openapi-types.d.ts):
 * paths, path and query parameters, bodies and responses are the documented ones, so a renamed
 * field fails the build. Same-origin with the session cookie; errors reject as ApiClientError.
 * Call it through `ok(api.GET(…))` to get the response body.
 */
export const api = createClient<paths>({ credentials: "same-origin" });
api.use(workspaceHeader, throwOnError);

/**
 * The body of a successful call. Errors never get here (throwOnError rejects first); the check
 * keeps that true should the middleware ever be dropped.
 */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiClientError.fromEnvelope(response.status, error);
  return data as T;
}

type Page<T> = { items: T[]; next_cursor: string | null };

/**
 * Every page of a /v1 list, in order. A board is read whole (1 000 cards is 10 pages of 100), so
 * filters and drag and drop work on the complete picture without another round trip.
 */
export async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<T> = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return items;
}
