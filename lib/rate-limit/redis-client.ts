import "server-only";
import { Redis } from "ioredis";
import { config } from "@/config";

const holder = globalThis as unknown as { __tasktideRedis?: Redis };

/**
 * A Redis connection for rate limits. No offline queue: when Redis is down, calls fail at once
 * and the limiter falls back to its in-memory insurance instead of holding every request.
 */
export function connectRedis(url: string): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on("error", (error) => console.error("rate-limit redis:", error.message));
  return redis;
}

/** One connection per process, to REDIS_URL. */
export function sharedRedis(): Redis {
  holder.__tasktideRedis ??= connectRedis(config().rateLimits.redisUrl);
  return holder.__tasktideRedis;
}

/** Tests close the shared connection so the process can exit. */
export async function closeSharedRedis(): Promise<void> {
  const redis = holder.__tasktideRedis;
  holder.__tasktideRedis = undefined;
  if (redis) await redis.quit().catch(() => redis.disconnect());
}
