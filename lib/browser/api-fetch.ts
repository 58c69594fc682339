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

/**
 * The browser's way to /v1: same-origin with the session cookie, JSON in and out, errors thrown
 * as ApiClientError carrying the envelope's message.
 */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body !== undefined ? { "content-type": "application/json" } : undefined,
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
