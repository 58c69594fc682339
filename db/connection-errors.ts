/**
 * Errors that say "the database cannot be reached right now" rather than "this statement is
 * wrong": the server is down, restarting or refusing connections, or our connection to it was
 * lost. Callers answer them as temporarily unavailable (HTTP 503 + Retry-After), never as a bug.
 */

/** Node's socket errors and postgres.js's own connection errors. */
const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);

/**
 * SQLSTATEs of a server going away or not taking connections: class 08 (connection exception),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections.
 */
const isConnectionSqlState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";

/** The error and its causes (drizzle wraps driver errors in DrizzleQueryError with `cause`). */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && chain.length < 8 && !chain.includes(e); e = (e as { cause?: unknown }).cause) {
    chain.push(e);
    if (typeof e !== "object") break;
  }
  return chain;
}

/** The code of the first connection-level error in `error`'s chain, if there is one. */
export function connectionErrorCode(error: unknown): string | undefined {
  for (const e of errorChain(error)) {
    if (typeof e !== "object" || e === null) continue;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_ERROR_CODES.has(code) || isConnectionSqlState(code))) return code;
    // A FATAL from the server ends the session whatever its code.
    const severity = (e as { severity?: unknown }).severity;
    if ((severity === "FATAL" || severity === "PANIC") && typeof code === "string") return code;
    // net.connect to a name with several addresses fails with an AggregateError of each attempt.
    if (e instanceof AggregateError) {
      const inner = e.errors.map(connectionErrorCode).find(Boolean);
      if (inner) return inner;
    }
  }
  return undefined;
}

export function isConnectionError(error: unknown): boolean {
  return connectionErrorCode(error) !== undefined;
}
