// The environment, read and validated in one place: the only app module that reads process.env
// (Next's top-level *.config.ts files, scripts/ and tests aside). A leaf: it imports nothing of
// the app, so db/ and lib/ may both depend on it (docs/decisions.md).
import path from "node:path";
import { ENV_NAMES, envSchema, type EnvVars } from "./env-schema";

export { ENV_NAMES } from "./env-schema";

type Env = Readonly<Record<string, string | undefined>>;
type RateLimit = { points: number; duration: number };

export interface Config {
  production: boolean;
  /** `next build` is running (instrumentation must not open the database or start workers). */
  building: boolean;
  /** Embedded database, generated app secret; absolute. */
  dataDir: string;
  database: { url: string | undefined; poolMax: number };
  /** APP_SECRET, or AUTH_SECRET; undefined = generate one into dataDir. */
  appSecret: string | undefined;
  /** Take client IPs from X-Forwarded-For / X-Real-IP. */
  trustProxy: boolean;
  api: { maxBodyBytes: number; checkResponses: boolean };
  rateLimits: {
    store: "memory" | "postgres" | "redis";
    redisUrl: string;
    api: RateLimit;
    anonymous: RateLimit;
    /** Failed sign-ins per client IP (and sign-ups per IP) per window. */
    sign_in: RateLimit;
    /** Per account: consecutive failures without delay, then 1, 2, 4… s up to the cap. */
    signInDelay: { freeFailures: number; maxDelaySeconds: number };
  };
  webhooks: {
    allowHttp: boolean;
    allowPrivate: boolean;
    /** An HTTP CONNECT proxy every delivery goes through (fixed egress addresses); the target is still SSRF-checked. */
    proxyUrl: string | undefined;
    maxPerWorkspace: number;
    timeoutMs: number;
    /** Milliseconds between attempts; undefined = the contract's default (lib/webhooks/policy.ts). */
    retrySchedule: readonly number[] | undefined;
    disableAfter: number;
    logRetentionDays: number;
    workerConcurrency: number;
    workerPollMs: number;
    /** Which delivery scheduler this process uses (lib/webhooks/delivery-scheduler.ts). */
    scheduler: "embedded" | "inngest";
    inngestConcurrencyPerWebhook: number;
  };
  files: {
    maxBytes: number;
    workspaceQuotaBytes: number;
    maxPerCard: number;
    /** Local disk under dataDir/files, or S3-compatible storage when S3_BUCKET is set. */
    storage: { kind: "disk"; dir: string } | { kind: "s3"; s3: S3Settings };
  };
  /** Outgoing mail; null = none configured (SMTP_URL unset). */
  mail: { smtpUrl: string; from: string } | null;
  /** APP_URL without a trailing slash; required with SMTP_URL (mailed links never come from a request's Host). */
  appUrl: string | undefined;
  uiPreview: boolean;
  /** Structured logs (lib/log): pino's level, and one JSON object per line or a readable line. */
  log: { level: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent"; format: "json" | "pretty" };
  /** GET /api/metrics: Bearer METRICS_TOKEN, or loopback only when unset. */
  metricsToken: string | undefined;
  /** How long SIGTERM waits for requests and delivery attempts in flight. */
  shutdownTimeoutMs: number;
  /** OpenTelemetry traces over OTLP/HTTP, when an endpoint is set (lib/tracing). */
  otel: { endpoint: string | undefined; serviceName: string };
}

export type S3Settings = {
  bucket: string;
  endpoint: string | undefined;
  region: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
};

/** Invalid configuration: one line per variable, each naming it. */
export class ConfigError extends Error {
  constructor(readonly problems: ReadonlyArray<{ variable: string; message: string }>) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable} ${p.message}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Validates an environment (process.env, or a test's object) into the typed configuration. */
export function parseConfig(env: Env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? "environment"), message: issue.message })),
    );
  }
  return toConfig(parsed.data);
}

function toConfig(v: EnvVars): Config {
  if (v.SMTP_URL && !v.APP_URL) {
    // A reset link built from the request's Host header could point a victim at the requester's site.
    throw new ConfigError([{ variable: "APP_URL", message: "must be set when SMTP_URL is (mailed links are built from it)" }]);
  }
  return {
    production: v.NODE_ENV === "production",
    building: v.NEXT_PHASE === "phase-production-build",
    dataDir: path.resolve(v.DATA_DIR ?? ".data"),
    database: { url: v.DATABASE_URL, poolMax: v.DATABASE_POOL_MAX },
    appSecret: v.APP_SECRET ?? v.AUTH_SECRET,
    trustProxy: v.TRUST_PROXY,
    api: { maxBodyBytes: v.API_MAX_BODY_BYTES, checkResponses: v.API_CHECK_RESPONSES },
    rateLimits: {
      store: v.RATE_LIMIT_STORE ?? (v.REDIS_URL ? "redis" : "memory"),
      redisUrl: v.REDIS_URL ?? "redis://127.0.0.1:6379",
      api: { points: v.RATE_LIMIT_PER_MINUTE, duration: v.RATE_LIMIT_WINDOW_SECONDS },
      anonymous: { points: v.RATE_LIMIT_ANONYMOUS_PER_MINUTE, duration: v.RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS },
      sign_in: { points: v.RATE_LIMIT_SIGN_IN_PER_15_MINUTES, duration: v.RATE_LIMIT_SIGN_IN_WINDOW_SECONDS },
      signInDelay: { freeFailures: v.RATE_LIMIT_SIGN_IN_FREE_FAILURES, maxDelaySeconds: v.RATE_LIMIT_SIGN_IN_MAX_DELAY_SECONDS },
    },
    webhooks: {
      allowHttp: v.WEBHOOKS_ALLOW_HTTP,
      allowPrivate: v.WEBHOOKS_ALLOW_PRIVATE,
      proxyUrl: v.WEBHOOK_PROXY_URL,
      maxPerWorkspace: v.WEBHOOKS_MAX_PER_WORKSPACE,
      timeoutMs: v.WEBHOOK_TIMEOUT_MS,
      retrySchedule: v.WEBHOOK_RETRY_SCHEDULE,
      disableAfter: v.WEBHOOK_DISABLE_AFTER,
      logRetentionDays: v.WEBHOOK_LOG_RETENTION_DAYS,
      workerConcurrency: v.WEBHOOK_WORKER_CONCURRENCY,
      workerPollMs: v.WEBHOOK_WORKER_POLL_MS,
      scheduler: v.INNGEST_EVENT_KEY || v.INNGEST_DEV ? "inngest" : "embedded",
      inngestConcurrencyPerWebhook: v.WEBHOOK_INNGEST_CONCURRENCY_PER_WEBHOOK,
    },
    files: {
      maxBytes: v.FILE_MAX_BYTES,
      workspaceQuotaBytes: v.FILE_WORKSPACE_QUOTA_BYTES,
      maxPerCard: v.FILE_MAX_PER_CARD,
      storage: v.S3_BUCKET
        ? {
            kind: "s3",
            s3: {
              bucket: v.S3_BUCKET,
              endpoint: v.S3_ENDPOINT,
              region: v.S3_REGION ?? "us-east-1",
              accessKeyId: v.S3_ACCESS_KEY_ID,
              secretAccessKey: v.S3_SECRET_ACCESS_KEY,
              forcePathStyle: v.S3_FORCE_PATH_STYLE,
            },
          }
        : { kind: "disk", dir: path.join(path.resolve(v.DATA_DIR ?? ".data"), "files") },
    },
    mail: v.SMTP_URL ? { smtpUrl: v.SMTP_URL, from: v.SMTP_FROM ?? "Tasktide <no-reply@localhost>" } : null,
    appUrl: v.APP_URL?.replace(/\/+$/, ""),
    uiPreview: v.UI_PREVIEW,
    log: { level: v.LOG_LEVEL ?? "info", format: v.LOG_FORMAT ?? (v.NODE_ENV === "development" ? "pretty" : "json") },
    metricsToken: v.METRICS_TOKEN,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    otel: { endpoint: v.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: v.OTEL_SERVICE_NAME ?? "tasktide" },
  };
}

let cached: { key: string; config: Config } | undefined;

/**
 * The process's configuration. Read lazily and memoized on the raw values, so it is validated on
 * first use (instrumentation uses it at start-up, so a bad value stops the server there) and a
 * test that changes a variable at run time sees the change on its next call, with no reset step.
 */
export function config(): Config {
  const key = ENV_NAMES.map((name) => process.env[name] ?? "").join("\0");
  if (cached?.key !== key) cached = { key, config: parseConfig(process.env) };
  return cached.config;
}
