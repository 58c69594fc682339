// Prometheus metrics (prom-client), served by GET /api/metrics. One registry per process, kept on
// globalThis: Next bundles each route apart, and they must all count into the same one.
import { Counter, Gauge, Histogram, Registry } from "prom-client";

type Metrics = ReturnType<typeof create>;
const holder = globalThis as unknown as { __tasktideMetrics?: Metrics };

/** Hooks the scrape runs to fill the gauges computed on demand (backlog, pool, worker slots). */
type Collector = () => Promise<void> | void;

function create() {
  const registry = new Registry();
  const collectors = new Set<Collector>();
  const httpRequests = new Counter({
    name: "tasktide_http_requests_total",
    help: "Answered /v1 requests by route (parameters named), method and status.",
    labelNames: ["route", "method", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "tasktide_http_request_duration_seconds",
    help: "Time to answer a /v1 request, by route and method.",
    labelNames: ["route", "method"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: "tasktide_webhook_attempts_total",
    help: "Webhook delivery attempts by outcome: succeeded, retry, failed, disable_webhook.",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const attemptDuration = new Histogram({
    name: "tasktide_webhook_attempt_duration_seconds",
    help: "Time from sending a delivery to the receiver's answer (or the error).",
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: "tasktide_rate_limit_rejections_total",
    help: "Requests refused by a rate limit, by limit (api, anonymous, sign_in…).",
    labelNames: ["limit"] as const,
    registers: [registry],
  });
  const gauges = {
    backlog: new Gauge({
      name: "tasktide_webhook_backlog",
      help: "Pending deliveries (all, and due now: next attempt time passed), read from the database at scrape.",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
    oldestPending: new Gauge({
      name: "tasktide_webhook_oldest_pending_age_seconds",
      help: "Age of the oldest pending delivery (0 when none), read from the database at scrape.",
      registers: [registry],
    }),
    workerSlots: new Gauge({
      name: "tasktide_webhook_worker_slots",
      help: "Embedded worker: attempts in flight (in_use) and its concurrency (capacity).",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
    pool: new Gauge({
      name: "tasktide_database_pool_connections",
      help: "This process's database connections by state (PostgreSQL: from pg_stat_activity), and the pool's max.",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
  };
  return { registry, collectors, httpRequests, httpDuration, deliveries, attemptDuration, rateLimited, gauges };
}

export function metrics(): Metrics {
  holder.__tasktideMetrics ??= create();
  return holder.__tasktideMetrics;
}

export function observeRequest(route: string, method: string, status: number, seconds: number): void {
  const m = metrics();
  m.httpRequests.inc({ route, method, status: String(status) });
  m.httpDuration.observe({ route, method }, seconds);
}

export function observeAttempt(outcome: string, seconds: number): void {
  const m = metrics();
  m.deliveries.inc({ outcome });
  m.attemptDuration.observe(seconds);
}

export function observeRateLimited(limit: string): void {
  metrics().rateLimited.inc({ limit });
}

/** Registers a collector run before every scrape; returns its removal. */
export function onScrape(collector: Collector): () => void {
  const { collectors } = metrics();
  collectors.add(collector);
  return () => collectors.delete(collector);
}

/** The Prometheus text exposition, after the collectors have filled their gauges. */
export async function scrape(): Promise<{ contentType: string; text: string }> {
  const m = metrics();
  await Promise.all([...m.collectors].map(async (collect) => collect()));
  return { contentType: m.registry.contentType, text: await m.registry.metrics() };
}
