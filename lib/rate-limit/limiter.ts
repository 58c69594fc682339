import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { observeRateLimited } from "@/lib/metrics/metrics";
import { createLimiter, type LimiterStore } from "./create-limiter";
import { limitConfig, type LimitKind } from "./limits";
import { configuredStore } from "./store";

export type { LimitKind } from "./limits";

export type LimitResult = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

const holder = globalThis as unknown as { __tasktideLimiters?: Map<LimitKind, Promise<RateLimiterAbstract>> };

async function openStore(): Promise<LimiterStore> {
  const kind = configuredStore();
  if (kind === "postgres") return { kind, db: await getDb() };
  if (kind === "redis") {
    const { sharedRedis } = await import("./redis-client");
    return { kind, redis: sharedRedis() };
  }
  return { kind };
}

function limiter(kind: LimitKind): Promise<RateLimiterAbstract> {
  holder.__tasktideLimiters ??= new Map();
  let existing = holder.__tasktideLimiters.get(kind);
  if (!existing) {
    existing = openStore().then((store) => createLimiter(kind, limitConfig(kind), store));
    existing.catch(() => holder.__tasktideLimiters?.delete(kind));
    holder.__tasktideLimiters.set(kind, existing);
  }
  return existing;
}

/**
 * Spends one point of `key`'s budget for `kind`; never throws for an exhausted budget.
 * `seconds` holds a new key's point for that long instead of the kind's window.
 */
export async function consume(kind: LimitKind, key: string, options: { seconds?: number } = {}): Promise<LimitResult> {
  const l = await limiter(kind);
  try {
    const res = await l.consume(key, 1, options.seconds === undefined ? {} : { customDuration: options.seconds });
    return toResult(l.points, res, true);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      observeRateLimited(kind);
      return toResult(l.points, rejection, false);
    }
    throw rejection;
  }
}

/** How much of `key`'s budget is spent, without spending any (nothing spent: `used` 0). */
export async function peek(kind: LimitKind, key: string): Promise<LimitResult & { used: number }> {
  const l = await limiter(kind);
  const res = await l.get(key);
  if (!res) return { allowed: true, limit: l.points, remaining: l.points, resetSeconds: 0, used: 0 };
  return { ...toResult(l.points, res, res.consumedPoints < l.points), used: res.consumedPoints };
}

/** Adds a point to `key` whatever its budget (a failure to count, not a request to allow). */
export async function penalize(kind: LimitKind, key: string): Promise<void> {
  await (await limiter(kind)).penalty(key, 1);
}

/** Forgets `key`'s spending for `kind`. */
export async function forget(kind: LimitKind, key: string): Promise<void> {
  await (await limiter(kind)).delete(key);
}

/** Tests reset budgets between cases (and pick up changed RATE_LIMIT_* settings). */
export function resetRateLimiters(): void {
  holder.__tasktideLimiters?.clear();
}

function toResult(limit: number, res: RateLimiterRes, allowed: boolean): LimitResult {
  return {
    allowed,
    limit,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}
