// The webhook delivery policy: the one place that decides what happens after an attempt.
// Pure (no I/O, no clock or randomness unless injected) so the embedded worker and the Inngest
// function follow exactly the same rules and the rules are unit-testable.
import { parseConfig, type Config } from "@/config";

export type AttemptErrorKind = "timeout" | "connection" | "redirect" | "blocked_address" | "http" | "payload_too_large";

/** What one attempt produced, as recorded in the delivery log. */
export interface AttemptOutcome {
  status?: number;
  errorKind?: AttemptErrorKind;
  /** Raw Retry-After header of the response, if any (seconds or an HTTP date). */
  retryAfter?: string | null;
}

export type AttemptDecision =
  | { kind: "succeeded" }
  | { kind: "retry"; delayMs: number }
  | { kind: "failed"; reason: string }
  /** The delivery ends now and the webhook is deactivated (receiver answered 410 Gone). */
  | { kind: "disable_webhook"; reason: string };

export interface WebhookPolicy {
  /** Delay before attempt n+1 after attempt n failed (index n-1). */
  readonly schedule: readonly number[];
  /** schedule.length + 1: the first attempt plus one per scheduled retry. */
  readonly maxAttempts: number;
  /** ±fraction applied to scheduled delays so failed deliveries don't retry in lockstep. */
  readonly jitter: number;
  readonly timeoutMs: number;
  /** Failed deliveries in a row that deactivate a webhook; 0 = never. */
  readonly disableAfter: number;
  readonly maxPayloadBytes: number;
  readonly responseExcerptBytes: number;
  readonly retentionDays: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

// 5 s, 30 s, 2 min, 10 min, 1 h, 4 h, 12 h → 8 attempts over about 17 hours.
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = Object.freeze([
  5 * SECOND,
  30 * SECOND,
  2 * MINUTE,
  10 * MINUTE,
  1 * HOUR,
  4 * HOUR,
  12 * HOUR,
]);

type Env = Readonly<Record<string, string | undefined>>;

/** The policy of a configuration (config/index.ts validated its values). */
export function webhookPolicyFrom(settings: Config["webhooks"]): WebhookPolicy {
  const schedule = [...(settings.retrySchedule ?? DEFAULT_RETRY_SCHEDULE_MS)];
  return Object.freeze({
    schedule: Object.freeze(schedule),
    maxAttempts: schedule.length + 1,
    jitter: 0.1,
    timeoutMs: settings.timeoutMs,
    disableAfter: settings.disableAfter,
    maxPayloadBytes: 256 * 1024,
    responseExcerptBytes: 4096,
    retentionDays: settings.logRetentionDays,
  });
}

/** The policy of an environment; throws a ConfigError naming a variable that does not parse. */
export function loadWebhookPolicy(env: Env): WebhookPolicy {
  return webhookPolicyFrom(parseConfig(env).webhooks);
}

/** Spreads a delay by ±jitter; `random` returns [0, 1) like Math.random. */
export function jitterDelay(delayMs: number, jitter: number, random: () => number = Math.random): number {
  return Math.max(0, Math.round(delayMs * (1 + jitter * (2 * random() - 1))));
}

/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP date; null if unusable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | null {
  const raw = value?.trim();
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return Number(raw) * SECOND;
  const at = Date.parse(raw);
  // Only accept things that look like HTTP dates; Date.parse also takes "1" or "2024".
  if (Number.isNaN(at) || !/[a-z]/i.test(raw)) return null;
  return Math.max(0, at - nowMs);
}

export function exceedsPayloadLimit(policy: WebhookPolicy, bodyBytes: number): boolean {
  return bodyBytes > policy.maxPayloadBytes;
}

export interface DecideInput {
  /** 1-based number of the attempt that just finished. */
  attemptNumber: number;
  outcome: AttemptOutcome;
  random?: () => number;
  /** Clock for Retry-After HTTP dates. */
  nowMs?: number;
}

export function decideAfterAttempt(policy: WebhookPolicy, input: DecideInput): AttemptDecision {
  const { attemptNumber, outcome } = input;
  if (!Number.isSafeInteger(attemptNumber) || attemptNumber < 1) {
    throw new Error(`attemptNumber must be a whole number ≥ 1, got ${attemptNumber}`);
  }
  const { status, errorKind } = outcome;

  // Resending the same bytes can never fit, so retrying would only burn attempts.
  if (errorKind === "payload_too_large") {
    return {
      kind: "failed",
      reason: `payload exceeds ${formatBytes(policy.maxPayloadBytes)} and was not sent`,
    };
  }
  if (!errorKind && status !== undefined && status >= 200 && status <= 299) {
    return { kind: "succeeded" };
  }
  // The receiver says this endpoint is gone for good: stop now rather than retry for 17 hours.
  if (status === 410) {
    return { kind: "disable_webhook", reason: "the receiver answered 410 Gone" };
  }
  // A blocked address is retried like any other failure, not failed permanently: the usual
  // cause is DNS (a record briefly pointing at a private address, a split-horizon resolver),
  // which can change, and every retry re-resolves and re-checks the address before connecting,
  // so retrying never lets a request through to a blocked address.
  if (attemptNumber >= policy.maxAttempts) {
    return {
      kind: "failed",
      reason: `all ${policy.maxAttempts} attempts failed; last: ${describeOutcome(outcome)}`,
    };
  }
  return { kind: "retry", delayMs: retryDelayMs(policy, attemptNumber, outcome, input) };
}

function retryDelayMs(
  policy: WebhookPolicy,
  attemptNumber: number,
  outcome: AttemptOutcome,
  { random = Math.random, nowMs = Date.now() }: Pick<DecideInput, "random" | "nowMs">,
): number {
  if (outcome.status === 429 || outcome.status === 503) {
    const asked = parseRetryAfter(outcome.retryAfter, nowMs);
    // Honour the receiver's own pacing but within the schedule's bounds, so a receiver cannot
    // make us hammer it (Retry-After: 0) nor park a delivery for a year.
    if (asked !== null) {
      return clamp(asked, Math.min(...policy.schedule), Math.max(...policy.schedule));
    }
  }
  return jitterDelay(policy.schedule[attemptNumber - 1], policy.jitter, random);
}

/** Whether a run of failed deliveries should deactivate the webhook. */
export function shouldDeactivate(policy: WebhookPolicy, consecutiveFailures: number): boolean {
  return policy.disableAfter > 0 && consecutiveFailures >= policy.disableAfter;
}

export function describeOutcome({ status, errorKind }: AttemptOutcome): string {
  switch (errorKind) {
    case "timeout":
      return "timed out";
    case "connection":
      return "connection failed";
    case "redirect":
      return `redirect${status ? ` (HTTP ${status})` : ""} not followed`;
    case "blocked_address":
      return "address blocked (private or reserved)";
    case "payload_too_large":
      return "payload too large";
    default:
      return status !== undefined ? `HTTP ${status}` : "unknown error";
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function formatBytes(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}
