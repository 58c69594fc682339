import { config } from "@/config";

export type StoreKind = "memory" | "postgres" | "redis";

/**
 * Where budgets live. In memory (the default) each instance counts on its own; with several
 * instances behind a load balancer, set RATE_LIMIT_STORE=postgres (the app's database) or
 * RATE_LIMIT_STORE=redis / REDIS_URL, so they share one budget per key.
 */
export function configuredStore(): StoreKind {
  return config().rateLimits.store;
}
