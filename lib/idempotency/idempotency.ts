// Idempotency-Key on POST /v1/* (route() calls these; docs/decisions.md, "Idempotency keys").
// The first request with a key reserves it (a row with no status), runs, and stores its answer;
// a retry with the same key and the same body gets that answer again and runs nothing. The same
// key with another body is 422; while the first is still running, 409.
import { createHash } from "node:crypto";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { HttpError } from "@/lib/api/errors";
import { AppError, invalidRequest } from "@/lib/core/errors";
import type { Caller } from "@/lib/workspaces/context";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";
/** How long a key is remembered. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/**
 * A key whose first request never finished (the process died mid-request) is given up after this
 * long; until then retries answer 409. Longer than any request (a large upload included).
 */
export const IDEMPOTENCY_ABANDONED_MS = 10 * 60 * 1000;
/** What a retry that finds the first request still running is asked to wait. */
const IN_USE_RETRY_AFTER_SECONDS = 1;

/** Visible ASCII, 1–255 characters (a UUID is the usual choice). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key, or undefined; a malformed one is 400 before anything runs. */
export function readIdempotencyKey(req: Request): string | undefined {
  const raw = req.headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) return undefined;
  const key = raw.trim();
  if (!KEY_PATTERN.test(key)) {
    throw invalidRequest(`${IDEMPOTENCY_HEADER} must be 1–255 visible ASCII characters (a UUID, say).`, [
      { field: IDEMPOTENCY_HEADER, message: "Must be 1–255 visible ASCII characters." },
    ]);
  }
  return key;
}

/** SHA-256 of what makes two requests "the same": the operation and the body as parsed JSON. */
export function fingerprint(operation: string, body: unknown): string {
  return createHash("sha256")
    .update(operation)
    .update("\n")
    .update(JSON.stringify(body) ?? "")
    .digest("hex");
}

export type IdempotencyScope = { workspaceId: string; caller: string; key: string };

export function scopeOf(caller: Caller, key: string): IdempotencyScope {
  return { workspaceId: caller.workspaceId, caller: caller.token ? `token:${caller.token.id}` : `user:${caller.user.id}`, key };
}

export type Begin = { kind: "run" } | { kind: "replay"; response: Response };

/**
 * Reserves the key for this request, or answers from its first use: 409 while the first is still
 * running (whatever this body), 422 for another body, else the stored response (replayed).
 */
export async function beginIdempotent(db: Database, scope: IdempotencyScope, operation: string, requestHash: string): Promise<Begin> {
  const now = Date.now();
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ ...scope, operation, requestHash })
    .onConflictDoUpdate({
      target: [idempotencyKeys.workspaceId, idempotencyKeys.caller, idempotencyKeys.key],
      // An expired key, or one whose first request was abandoned, is taken over as if new.
      set: { operation, requestHash, status: null, headers: null, body: null, createdAt: sql`now()`, completedAt: null },
      setWhere: or(
        lt(idempotencyKeys.createdAt, new Date(now - IDEMPOTENCY_RETENTION_MS)),
        and(isNull(idempotencyKeys.status), lt(idempotencyKeys.createdAt, new Date(now - IDEMPOTENCY_ABANDONED_MS))),
      ),
    })
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { kind: "run" };
  const [first] = await db.select().from(idempotencyKeys).where(match(scope));
  // Gone between the two statements (pruned, or its first request failed and released it).
  if (!first) return beginIdempotent(db, scope, operation, requestHash);
  if (first.status === null) {
    throw new HttpError(
      "idempotency_key_in_use",
      `A request with this ${IDEMPOTENCY_HEADER} is still being processed; retry in ${IN_USE_RETRY_AFTER_SECONDS} s to get its response.`,
      { "Retry-After": String(IN_USE_RETRY_AFTER_SECONDS) },
    );
  }
  if (first.requestHash !== requestHash) {
    throw new AppError(
      "idempotency_key_reused",
      `This ${IDEMPOTENCY_HEADER} was first used on ${first.operation} with another body; use a new key for a different request.`,
    );
  }
  const headers = new Headers(first.headers ?? []);
  headers.set(REPLAYED_HEADER, "true");
  return { kind: "replay", response: new Response(first.body, { status: first.status, headers }) };
}

/** Stores the first request's response and hands back an equivalent one (the body is read once). */
export async function completeIdempotent(db: Database, scope: IdempotencyScope, response: Response): Promise<Response> {
  const body = response.status === 204 || response.body === null ? null : await response.text();
  const headers = [...response.headers.entries()];
  await db
    .update(idempotencyKeys)
    .set({ status: response.status, headers, body, completedAt: new Date() })
    .where(and(match(scope), isNull(idempotencyKeys.status)));
  return new Response(body, { status: response.status, headers: response.headers });
}

/** The first request failed on our side (5xx): the key is free again, so a retry runs anew. */
export async function releaseIdempotent(db: Database, scope: IdempotencyScope): Promise<void> {
  await db.delete(idempotencyKeys).where(and(match(scope), isNull(idempotencyKeys.status)));
}

/** Deletes keys past their 24 hours (run with the delivery log's pruning). */
export async function pruneIdempotencyKeys(db: Database, now: Date = new Date()): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS)))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}

function match(scope: IdempotencyScope) {
  return and(
    eq(idempotencyKeys.workspaceId, scope.workspaceId),
    eq(idempotencyKeys.caller, scope.caller),
    eq(idempotencyKeys.key, scope.key),
  );
}
