import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Database } from "@/db/client";
import type { Redis } from "ioredis";
import type { LimitConfig, LimitKind } from "./limits";
import { postgresStoreClient } from "./postgres-store-client";

export type LimiterStore = { kind: "memory" } | { kind: "postgres"; db: Database } | { kind: "redis"; redis: Redis };

/**
 * One limiter for one kind of budget. Shared stores keep a per-instance in-memory insurance
 * limiter: if the store fails, requests are still limited (per instance) rather than all failing
 * with 500 or all passing unlimited.
 */
export function createLimiter(kind: LimitKind, config: LimitConfig, store: LimiterStore, keyPrefix = `tt_${kind}`): RateLimiterAbstract {
  const options = { keyPrefix, points: config.points, duration: config.duration };
  if (store.kind === "memory") return new RateLimiterMemory(options);
  const insuranceLimiter = new RateLimiterMemory(options);
  if (store.kind === "redis")
    return new RateLimiterRedis({ ...options, storeClient: store.redis, insuranceLimiter, rejectIfRedisNotReady: true });
  return new RateLimiterPostgres({
    ...options,
    storeClient: postgresStoreClient(store.db),
    storeType: "adapter",
    tableName: "rate_limits",
    // The table comes with our migrations (db/schema/rate-limits.ts); keys carry the kind's prefix.
    tableCreated: true,
    insuranceLimiter,
  });
}
