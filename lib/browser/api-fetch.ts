import { WORKSPACE_HEADER } from "@/lib/workspaces/workspace-header";

/** An error from /v1 with its status and envelope, so the UI can show the server's message. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: { field: string; message: string }[],
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

let pageWorkspaceId: string | null = null;

/**
 * Pins this page's /v1 calls to the workspace it was rendered for. The workspace cookie is shared
 * by every tab, so without this, switching workspace in one tab would send another tab's edits
 * (still showing the old workspace) to the new one.
 */
export function pinWorkspace(workspaceId: string | null): void {
  // Server renders share this module between requests (and never call /v1 from here).
  if (typeof window === "undefined") return;
  pageWorkspaceId = workspaceId;
}

export function pinnedWorkspace(): string | null {
  return pageWorkspaceId;
}

/**
 * The browser's way to /v1: same-origin with the session cookie, JSON in and out, errors thrown
 * as ApiClientError carrying the envelope's message.
 */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (pageWorkspaceId) headers[WORKSPACE_HEADER] = pageWorkspaceId;
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers,
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    credentials: "same-origin",
    signal: init.signal,
  });
  if (res.status === 204) return undefined as T;
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const message = body?.message ?? `Request failed (${res.status}).`;
    throw new ApiClientError(res.status, body?.error ?? "internal", message, body?.details);
  }
  return body as T;
}

export type Page<T> = { items: T[]; next_cursor: string | null };
