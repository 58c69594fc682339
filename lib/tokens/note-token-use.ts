import "server-only";
import { and, inArray, isNull, lt, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { describeError } from "@/lib/core/describe-error";

/** last_used_at is a hint for people, not an audit log: one write a minute per token is plenty. */
export const TOUCH_EVERY_MS = 60_000;
/** How long uses are collected before they are written, in one statement per database. */
const FLUSH_AFTER_MS = 1_000;

type Uses = { pending: Map<Database, Map<string, Date>>; timer?: ReturnType<typeof setTimeout> };
// On globalThis, so every route bundle of the process shares one batch and one timer.
const holder = globalThis as unknown as { __tasktideTokenUses?: Uses };
const state: Uses = (holder.__tasktideTokenUses ??= { pending: new Map() });

/**
 * Records that a token was used, off the request path: when its stored `last_used_at` is a
 * minute old (or unset) the token joins a batch written within a second, so a request never
 * waits for that write and a burst of requests costs one statement. A use noted just before the
 * process stops may be lost; the next one writes it.
 */
export function noteTokenUse(db: Database, tokenId: string, lastUsedAt: Date | null, now: Date): void {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < TOUCH_EVERY_MS) return;
  let uses = state.pending.get(db);
  if (!uses) state.pending.set(db, (uses = new Map()));
  uses.set(tokenId, now);
  if (!state.timer) {
    state.timer = setTimeout(() => void flushTokenUses(), FLUSH_AFTER_MS);
    // A batch waiting to be written does not keep a script or a test process alive.
    state.timer.unref?.();
  }
}

/** Writes the noted uses now (the timer does this by itself; tests await it). Never throws. */
export async function flushTokenUses(): Promise<void> {
  clearTimeout(state.timer);
  state.timer = undefined;
  const batches = [...state.pending];
  state.pending.clear();
  await Promise.all(batches.map(([db, uses]) => writeUses(db, uses)));
}

/** Conditional, so instances and batches racing on one token write at most once per interval. */
async function writeUses(db: Database, uses: Map<string, Date>): Promise<void> {
  const ids = [...uses.keys()];
  const now = new Date(Math.max(...[...uses.values()].map((d) => d.getTime())));
  const stale = new Date(now.getTime() - TOUCH_EVERY_MS);
  try {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(inArray(apiTokens.id, ids), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))));
  } catch (error) {
    console.error(`tokens: last_used_at of ${ids.length} token(s) not written: ${describeError(error)}`);
  }
}
