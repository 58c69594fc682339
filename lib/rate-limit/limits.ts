import { config } from "@/config";

export type LimitKind = "api" | "anonymous" | "sign_in" | "sign_in_failures" | "sign_in_delay";

export type LimitConfig = { points: number; duration: number };

/**
 * Generous defaults (config/env-schema.ts), each configurable: the points variable sets the
 * budget, the window variable its length in seconds (the budget's name keeps its default window
 * for clarity, but applies to whatever window is configured).
 * - api: per token or per signed-in user (RATE_LIMIT_PER_MINUTE, RATE_LIMIT_WINDOW_SECONDS).
 * - anonymous: per IP, charged only to requests without valid credentials (lib/api/with-api.ts).
 * - sign_in: failed sign-ins per IP (successes spend nothing), and sign-ups per IP.
 * - sign_in_failures: an account's consecutive failed sign-ins (a counter that never refuses;
 *   forgotten a day after the last failure, reset by a success).
 * - sign_in_delay: the account's next attempt must wait (one point, held for the current delay).
 * See lib/auth/sign-in-throttle.ts.
 */
export function limitConfig(kind: LimitKind): LimitConfig {
  const limits = config().rateLimits;
  if (kind === "sign_in_failures") return { points: Number.MAX_SAFE_INTEGER, duration: 24 * 3600 };
  if (kind === "sign_in_delay") return { points: 1, duration: limits.signInDelay.maxDelaySeconds };
  return limits[kind];
}
