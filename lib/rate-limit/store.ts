export type StoreKind = "memory" | "postgres" | "redis";

/**
 * Where budgets live. In memory (the default) each instance counts on its own; with several
 * instances behind a load balancer, set RATE_LIMIT_STORE=postgres (the app's database) or
 * RATE_LIMIT_STORE=redis / REDIS_URL, so they share one budget per key.
 */
export function configuredStore(): StoreKind {
  const explicit = process.env.RATE_LIMIT_STORE?.trim().toLowerCase();
  if (explicit === "memory" || explicit === "postgres" || explicit === "redis") return explicit;
  if (explicit) throw new Error(`RATE_LIMIT_STORE must be memory, postgres or redis (got "${explicit}").`);
  return process.env.REDIS_URL ? "redis" : "memory";
}
