import { z } from "zod";
import { parseRetrySchedule } from "./durations";

// Every variable of the README's configuration table, with its default. All are optional; an
// empty value means unset (`FOO= npm start`, a blank line in an env file). Anything else that
// does not parse is an error naming the variable: a typo must not silently change behaviour.

const text = () =>
  z
    .string()
    .optional()
    .transform((raw) => raw || undefined);

const int = (fallback: number, min: number) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = raw?.trim();
      if (!value) return fallback;
      const n = Number(value);
      if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
        ctx.addIssue({ code: "custom", message: `must be a whole number ≥ ${min}, got "${raw}"` });
        return z.NEVER;
      }
      return n;
    });

/** 1 or 0. Other spellings ("true", "yes") are refused rather than read as off. */
const flag = () =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = raw?.trim();
      if (!value || value === "0") return false;
      if (value === "1") return true;
      ctx.addIssue({ code: "custom", message: `must be 1 or 0, got "${raw}"` });
      return z.NEVER;
    });

const oneOf = <T extends string>(values: readonly T[]) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = raw?.trim().toLowerCase();
      if (!value) return undefined;
      if ((values as readonly string[]).includes(value)) return value as T;
      ctx.addIssue({ code: "custom", message: `must be ${values.join(", ")} (got "${raw}")` });
      return z.NEVER;
    });

const url = (protocols: readonly string[]) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = raw?.trim();
      if (!value) return undefined;
      let protocol: string | undefined;
      try {
        protocol = new URL(value).protocol.replace(/:$/, "");
      } catch {}
      if (protocol && protocols.includes(protocol)) return value;
      // The value itself is not echoed: a connection string usually carries a password.
      ctx.addIssue({ code: "custom", message: `must be a ${protocols.map((p) => `${p}://`).join(" or ")} URL` });
      return z.NEVER;
    });

const durations = () =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const value = raw?.trim();
      if (!value) return undefined;
      try {
        return parseRetrySchedule(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message.replace(/^WEBHOOK_RETRY_SCHEDULE: /, "") });
        return z.NEVER;
      }
    });

export const envSchema = z.object({
  NODE_ENV: text(),
  /** Set by `next build` / `next start`; instrumentation skips start-up work while building. */
  NEXT_PHASE: text(),

  DATABASE_URL: url(["postgres", "postgresql"]),
  DATABASE_POOL_MAX: int(10, 1),
  DATA_DIR: text(),
  APP_SECRET: text(),
  AUTH_SECRET: text(),
  TRUST_PROXY: flag(),
  API_MAX_BODY_BYTES: int(1024 * 1024, 1),
  /** Set by the test setup: every response is checked against its operation's schema. */
  API_CHECK_RESPONSES: flag(),

  RATE_LIMIT_PER_MINUTE: int(600, 1),
  RATE_LIMIT_WINDOW_SECONDS: int(60, 1),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: int(120, 1),
  RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS: int(60, 1),
  RATE_LIMIT_SIGN_IN_PER_15_MINUTES: int(10, 1),
  RATE_LIMIT_SIGN_IN_WINDOW_SECONDS: int(15 * 60, 1),
  RATE_LIMIT_SIGN_IN_FREE_FAILURES: int(3, 0),
  RATE_LIMIT_SIGN_IN_MAX_DELAY_SECONDS: int(60, 1),
  RATE_LIMIT_STORE: oneOf(["memory", "postgres", "redis"] as const),
  REDIS_URL: url(["redis", "rediss"]),

  WEBHOOKS_ALLOW_HTTP: flag(),
  WEBHOOKS_ALLOW_PRIVATE: flag(),
  WEBHOOK_PROXY_URL: url(["http"]),
  WEBHOOKS_MAX_PER_WORKSPACE: int(20, 0),
  WEBHOOK_TIMEOUT_MS: int(10_000, 1),
  WEBHOOK_RETRY_SCHEDULE: durations(),
  WEBHOOK_DISABLE_AFTER: int(10, 0),
  WEBHOOK_LOG_RETENTION_DAYS: int(30, 1),
  WEBHOOK_WORKER_CONCURRENCY: int(64, 1),
  WEBHOOK_WORKER_POLL_MS: int(1000, 10),
  // The Inngest SDK reads its own INNGEST_* variables; these two only choose the scheduler.
  INNGEST_EVENT_KEY: text(),
  INNGEST_DEV: text(),
  WEBHOOK_INNGEST_CONCURRENCY_PER_WEBHOOK: int(5, 1),

  FILE_MAX_BYTES: int(25 * 1024 * 1024, 1),
  FILE_WORKSPACE_QUOTA_BYTES: int(1024 * 1024 * 1024, 0),
  FILE_MAX_PER_CARD: int(100, 1),
  S3_BUCKET: text(),
  S3_ENDPOINT: url(["http", "https"]),
  S3_REGION: text(),
  S3_ACCESS_KEY_ID: text(),
  S3_SECRET_ACCESS_KEY: text(),
  S3_FORCE_PATH_STYLE: flag(),

  /** Outgoing mail (password reset and email confirmation links); unset = no mail, admins generate reset links. */
  SMTP_URL: url(["smtp", "smtps"]),
  SMTP_FROM: text(),
  /** The address people reach the app at; links in mail are built from it, never from a request's Host. */
  APP_URL: url(["http", "https"]),
  LOG_LEVEL: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const),
  LOG_FORMAT: oneOf(["json", "pretty"] as const),
  METRICS_TOKEN: text(),
  SHUTDOWN_TIMEOUT_MS: int(25_000, 0),
  OTEL_EXPORTER_OTLP_ENDPOINT: url(["http", "https"]),
  OTEL_SERVICE_NAME: text(),

  /** Serves /ui-preview in a production build. */
  UI_PREVIEW: flag(),
});

export type EnvVars = z.output<typeof envSchema>;
export const ENV_NAMES = Object.keys(envSchema.shape) as ReadonlyArray<keyof EnvVars>;
