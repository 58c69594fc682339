import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { describeError } from "@/lib/core/describe-error";
import { userSessions } from "@/db/schema";
import { newId } from "@/lib/ids";

/**
 * The session table behind next-auth's JWTs: the JWT names its row (`sid`) and every request
 * checks the row, so ending a session takes effect on its next request. A JWT without `sid`
 * (issued before sessions were recorded) is refused: its holder signs in again once.
 */

/** last_seen_at moves forward at most this often per session: one UPDATE per 5 minutes, not per request. */
export const LAST_SEEN_STEP_MS = 5 * 60 * 1000;

const MAX_USER_AGENT = 512;

export async function createSession(db: DbOrTx, input: { userId: string; userAgent: string | null; ip: string }): Promise<string> {
  const id = newId("session");
  await db.insert(userSessions).values({
    id,
    userId: input.userId,
    userAgent: (input.userAgent ?? "").slice(0, MAX_USER_AGENT),
    ip: input.ip,
  });
  return id;
}

/**
 * Whether the session is live and belongs to the user: one read per request. When its stored
 * last_seen_at is older than LAST_SEEN_STEP_MS, the sighting (time and address) joins a batch
 * written off the request path (noteSessionSeen), so a burst of requests costs one statement.
 */
export async function checkSession(db: Database, input: { sessionId: unknown; userId: string; ip?: string }): Promise<boolean> {
  if (typeof input.sessionId !== "string" || !/^ses_[0-9a-z]{26}$/.test(input.sessionId)) return false;
  const [row] = await db
    .select({ userId: userSessions.userId, lastSeenAt: userSessions.lastSeenAt, revokedAt: userSessions.revokedAt })
    .from(userSessions)
    .where(eq(userSessions.id, input.sessionId));
  if (!row || row.userId !== input.userId || row.revokedAt !== null) return false;
  const now = new Date();
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_STEP_MS) noteSessionSeen(db, input.sessionId, now, input.ip);
  return true;
}

/** How long sightings are collected before they are written, in one statement per database. */
const FLUSH_AFTER_MS = 1_000;

type Sightings = { pending: Map<Database, Map<string, { at: Date; ip?: string }>>; timer?: ReturnType<typeof setTimeout> };
// On globalThis, so every route bundle of the process shares one batch and one timer.
const holder = globalThis as unknown as { __tasktideSessionSightings?: Sightings };
const state: Sightings = (holder.__tasktideSessionSightings ??= { pending: new Map() });

function noteSessionSeen(db: Database, sessionId: string, at: Date, ip: string | undefined): void {
  let seen = state.pending.get(db);
  if (!seen) state.pending.set(db, (seen = new Map()));
  seen.set(sessionId, { at, ip });
  if (!state.timer) {
    state.timer = setTimeout(() => void flushSessionSightings(), FLUSH_AFTER_MS);
    state.timer.unref?.();
  }
}

/** Writes the noted sightings now (the timer does this by itself; tests await it). Never throws. */
export async function flushSessionSightings(): Promise<void> {
  clearTimeout(state.timer);
  state.timer = undefined;
  const batches = [...state.pending];
  state.pending.clear();
  await Promise.all(batches.map(([db, seen]) => writeSightings(db, seen)));
}

/** Conditional, so instances racing on one session write at most once per step. */
async function writeSightings(db: Database, seen: Map<string, { at: Date; ip?: string }>): Promise<void> {
  const rows = sql.join(
    [...seen].map(([id, s]) => sql`(${id}, ${s.at.toISOString()}::timestamptz, ${s.ip ?? null}::text)`),
    sql`, `,
  );
  try {
    await db.execute(sql`
      UPDATE user_sessions AS s SET last_seen_at = v.at, ip = coalesce(v.ip, s.ip)
      FROM (VALUES ${rows}) AS v(id, at, ip)
      WHERE s.id = v.id AND s.last_seen_at < v.at - ${`${LAST_SEEN_STEP_MS} milliseconds`}::interval`);
  } catch (error) {
    console.error(`sessions: last_seen_at of ${seen.size} session(s) not written: ${describeError(error)}`);
  }
}

/** Ends one session (signing out); true when it was live. */
export async function endSession(db: DbOrTx, sessionId: string): Promise<boolean> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

/** Ends every live session of the user (a password reset), optionally all but one; returns the ended ids. */
export async function endAllSessions(db: DbOrTx, userId: string, options: { except?: string } = {}): Promise<string[]> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        options.except ? ne(userSessions.id, options.except) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  return rows.map((r) => r.id);
}
