import { config } from "@/config";

export type LimitKind = "api" | "anonymous" | "sign_in";

export type LimitConfig = { points: number; duration: number };

/**
 * Generous defaults (config/env-schema.ts), each configurable: the points variable sets the
 * budget, the window variable its length in seconds (the budget's name keeps its default window
 * for clarity, but applies to whatever window is configured).
 * - api: per token or per signed-in user (RATE_LIMIT_PER_MINUTE, RATE_LIMIT_WINDOW_SECONDS).
 * - anonymous: per IP, charged only to requests without valid credentials (lib/api/with-api.ts).
 * - sign_in: per IP and per email, on sign-in and sign-up.
 */
export function limitConfig(kind: LimitKind): LimitConfig {
  return config().rateLimits[kind];
}
