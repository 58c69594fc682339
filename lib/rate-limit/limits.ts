import { envInt } from "@/lib/config";

export type LimitKind = "api" | "anonymous" | "sign_in";

export type LimitConfig = { points: number; duration: number };

const DEFAULTS: Record<LimitKind, LimitConfig & { pointsEnv: string; windowEnv: string }> = {
  // Per token or per signed-in user.
  api: { points: 600, duration: 60, pointsEnv: "RATE_LIMIT_PER_MINUTE", windowEnv: "RATE_LIMIT_WINDOW_SECONDS" },
  // Per IP, charged only to requests without valid credentials (lib/api/with-api.ts).
  anonymous: { points: 120, duration: 60, pointsEnv: "RATE_LIMIT_ANONYMOUS_PER_MINUTE", windowEnv: "RATE_LIMIT_ANONYMOUS_WINDOW_SECONDS" },
  // Per IP and per email, on sign-in and sign-up.
  sign_in: { points: 10, duration: 15 * 60, pointsEnv: "RATE_LIMIT_SIGN_IN_PER_15_MINUTES", windowEnv: "RATE_LIMIT_SIGN_IN_WINDOW_SECONDS" },
};

/**
 * Generous defaults, each configurable: the points variable sets the budget, the window
 * variable its length in seconds (the budget's name keeps its default window for clarity, but
 * applies to whatever window is configured).
 */
export function limitConfig(kind: LimitKind): LimitConfig {
  const d = DEFAULTS[kind];
  return {
    points: Math.max(1, envInt(d.pointsEnv, d.points)),
    duration: Math.max(1, envInt(d.windowEnv, d.duration)),
  };
}
