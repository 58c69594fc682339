import { describe, expect, it } from "vitest";
import {
  DEFAULT_RETRY_SCHEDULE_MS,
  type AttemptOutcome,
  decideAfterAttempt,
  describeOutcome,
  exceedsPayloadLimit,
  jitterDelay,
  loadWebhookPolicy,
  parseRetryAfter,
  shouldDeactivate,
} from "./policy";
import { parseRetrySchedule } from "@/config/durations";

const policy = loadWebhookPolicy({});
const mid = () => 0.5; // jitter factor exactly 1
const low = () => 0; // -10 %
const high = () => 0.999999; // just under +10 %

describe("loadWebhookPolicy", () => {
  it("defaults to the contract's values", () => {
    expect(policy).toEqual({
      schedule: [5_000, 30_000, 120_000, 600_000, 3_600_000, 14_400_000, 43_200_000],
      maxAttempts: 8,
      jitter: 0.1,
      timeoutMs: 10_000,
      disableAfter: 10,
      maxPayloadBytes: 262_144,
      responseExcerptBytes: 4096,
      retentionDays: 30,
    });
  });

  it("the default schedule spans about 17 hours", () => {
    const total = DEFAULT_RETRY_SCHEDULE_MS.reduce((a, b) => a + b, 0);
    expect(total / 3_600_000).toBeCloseTo(17.2, 1);
  });

  it("is frozen, schedule included", () => {
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.schedule)).toBe(true);
    expect(() => (policy.schedule as number[]).push(1)).toThrow();
  });

  it("reads the environment", () => {
    const p = loadWebhookPolicy({
      WEBHOOK_RETRY_SCHEDULE: "1s, 2s,3m",
      WEBHOOK_TIMEOUT_MS: "2500",
      WEBHOOK_DISABLE_AFTER: "3",
      WEBHOOK_LOG_RETENTION_DAYS: "7",
    });
    expect(p.schedule).toEqual([1000, 2000, 180_000]);
    expect(p.maxAttempts).toBe(4);
    expect(p.timeoutMs).toBe(2500);
    expect(p.disableAfter).toBe(3);
    expect(p.retentionDays).toBe(7);
  });

  it("treats empty variables as unset", () => {
    expect(loadWebhookPolicy({ WEBHOOK_RETRY_SCHEDULE: " ", WEBHOOK_TIMEOUT_MS: "" })).toEqual(policy);
  });

  it.each([
    ["WEBHOOK_TIMEOUT_MS", "0"],
    ["WEBHOOK_TIMEOUT_MS", "10s"],
    ["WEBHOOK_TIMEOUT_MS", "1.5"],
    ["WEBHOOK_DISABLE_AFTER", "-1"],
    ["WEBHOOK_LOG_RETENTION_DAYS", "0"],
    ["WEBHOOK_RETRY_SCHEDULE", "5s,,1m"],
  ])("rejects %s=%s loudly instead of guessing", (name, value) => {
    expect(() => loadWebhookPolicy({ [name]: value })).toThrow(name);
  });

  it("WEBHOOK_DISABLE_AFTER=0 turns auto-deactivation off", () => {
    const p = loadWebhookPolicy({ WEBHOOK_DISABLE_AFTER: "0" });
    expect(shouldDeactivate(p, 0)).toBe(false);
    expect(shouldDeactivate(p, 1_000)).toBe(false);
  });
});

describe("parseRetrySchedule", () => {
  it.each([
    ["5s,30s,2m,10m,1h,4h,12h", [...DEFAULT_RETRY_SCHEDULE_MS]],
    ["500,2000", [500, 2000]],
    ["250ms, 1.5m ,1d", [250, 90_000, 86_400_000]],
    ["2H,3M,4S", [7_200_000, 180_000, 4000]],
    ["7", [7]],
  ])("%s", (input, expected) => {
    expect(parseRetrySchedule(input)).toEqual(expected);
  });

  it.each(["", "5x", "0", "0s", "-5s", "5 s", "1e3", "s", "5s;30s", "0.0001"])("rejects %j", (input) => {
    expect(() => parseRetrySchedule(input)).toThrow(/WEBHOOK_RETRY_SCHEDULE/);
  });
});

describe("jitterDelay", () => {
  it("stays within ±10 %", () => {
    expect(jitterDelay(10_000, 0.1, low)).toBe(9_000);
    expect(jitterDelay(10_000, 0.1, mid)).toBe(10_000);
    expect(jitterDelay(10_000, 0.1, high)).toBe(11_000);
    for (let i = 0; i < 1000; i++) {
      const d = jitterDelay(10_000, 0.1);
      expect(d).toBeGreaterThanOrEqual(9_000);
      expect(d).toBeLessThanOrEqual(11_000);
    }
  });

  it("actually spreads values with the real random source", () => {
    const values = new Set(Array.from({ length: 50 }, () => jitterDelay(60_000, 0.1)));
    expect(values.size).toBeGreaterThan(10);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-04-17T14:23:00Z");
  it.each<[string | null | undefined, number | null]>([
    ["120", 120_000],
    [" 7 ", 7_000],
    ["0", 0],
    ["Fri, 17 Apr 2026 14:25:00 GMT", 120_000],
    ["Fri, 17 Apr 2026 14:00:00 GMT", 0], // in the past → now
    ["-5", null],
    ["1.5", null],
    ["soon", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%j → %j", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe("decideAfterAttempt", () => {
  const decide = (attemptNumber: number, outcome: AttemptOutcome, extra = {}) =>
    decideAfterAttempt(policy, { attemptNumber, outcome, random: mid, ...extra });

  it.each([200, 201, 202, 204, 299])("HTTP %i succeeds", (status) => {
    expect(decide(1, { status })).toEqual({ kind: "succeeded" });
  });

  it("succeeds even on the last allowed attempt and beyond (manual retry)", () => {
    expect(decide(8, { status: 200 })).toEqual({ kind: "succeeded" });
    expect(decide(12, { status: 204 })).toEqual({ kind: "succeeded" });
  });

  it("walks the schedule: attempt n failing waits schedule[n-1]", () => {
    policy.schedule.forEach((delay, i) => {
      expect(decide(i + 1, { status: 500, errorKind: "http" })).toEqual({ kind: "retry", delayMs: delay });
    });
  });

  it("applies jitter to scheduled delays", () => {
    expect(decide(2, { errorKind: "timeout" }, { random: low })).toEqual({ kind: "retry", delayMs: 27_000 });
    expect(decide(2, { errorKind: "timeout" }, { random: high })).toEqual({ kind: "retry", delayMs: 33_000 });
  });

  it.each<AttemptOutcome>([
    { status: 500, errorKind: "http" },
    { status: 404, errorKind: "http" },
    { status: 400, errorKind: "http" },
    { status: 429, errorKind: "http" },
    { status: 302, errorKind: "redirect" },
    { errorKind: "timeout" },
    { errorKind: "connection" },
    { errorKind: "blocked_address" },
    { status: 200, errorKind: "connection" }, // body cut off mid-way: not a clean 2xx
    {},
  ])("%j is retried, then failed after the 8th attempt", (outcome) => {
    expect(decide(1, outcome).kind).toBe("retry");
    expect(decide(7, outcome).kind).toBe("retry");
    const last = decide(8, outcome);
    expect(last.kind).toBe("failed");
    expect(last).toMatchObject({ reason: expect.stringContaining("all 8 attempts failed; last: ") });
  });

  it("names the last error in the failure reason", () => {
    expect(decide(8, { status: 502, errorKind: "http" })).toEqual({
      kind: "failed",
      reason: "all 8 attempts failed; last: HTTP 502",
    });
    expect(decide(8, { errorKind: "blocked_address" })).toMatchObject({ reason: expect.stringMatching(/blocked/) });
  });

  it("a manual retry past the last attempt that fails is failed, not rescheduled", () => {
    expect(decide(9, { errorKind: "timeout" }).kind).toBe("failed");
  });

  it("410 Gone disables the webhook at once, whatever the attempt", () => {
    expect(decide(1, { status: 410, errorKind: "http" })).toEqual({
      kind: "disable_webhook",
      reason: "the receiver answered 410 Gone",
    });
    expect(decide(8, { status: 410, errorKind: "http" }).kind).toBe("disable_webhook");
  });

  it("a payload over the limit fails permanently on the first attempt", () => {
    expect(decide(1, { errorKind: "payload_too_large" })).toEqual({
      kind: "failed",
      reason: "payload exceeds 256 KiB and was not sent",
    });
  });

  describe("Retry-After", () => {
    const now = Date.parse("2026-04-17T14:23:00Z");
    it.each([429, 503])("is honoured on %i (seconds, no jitter)", (status) => {
      expect(decide(1, { status, errorKind: "http", retryAfter: "90" }, { random: high })).toEqual({
        kind: "retry",
        delayMs: 90_000,
      });
    });

    it("is honoured as an HTTP date", () => {
      const retryAfter = "Fri, 17 Apr 2026 14:33:00 GMT";
      expect(decide(3, { status: 503, errorKind: "http", retryAfter }, { nowMs: now })).toEqual({
        kind: "retry",
        delayMs: 600_000,
      });
    });

    it("is clamped to the schedule's minimum and maximum", () => {
      expect(decide(1, { status: 429, retryAfter: "0" })).toEqual({ kind: "retry", delayMs: 5_000 });
      expect(decide(1, { status: 429, retryAfter: "31536000" })).toEqual({ kind: "retry", delayMs: 43_200_000 });
    });

    it("is ignored on other statuses and when unparseable", () => {
      expect(decide(1, { status: 500, errorKind: "http", retryAfter: "90" })).toEqual({ kind: "retry", delayMs: 5_000 });
      expect(decide(2, { status: 429, errorKind: "http", retryAfter: "later" })).toEqual({ kind: "retry", delayMs: 30_000 });
      expect(decide(2, { status: 429, errorKind: "http", retryAfter: null })).toEqual({ kind: "retry", delayMs: 30_000 });
    });

    it("does not extend the number of attempts", () => {
      expect(decide(8, { status: 429, errorKind: "http", retryAfter: "5" }).kind).toBe("failed");
    });
  });

  it("uses the configured schedule", () => {
    const p = loadWebhookPolicy({ WEBHOOK_RETRY_SCHEDULE: "100,200" });
    const d = (n: number) => decideAfterAttempt(p, { attemptNumber: n, outcome: { errorKind: "timeout" }, random: mid });
    expect(d(1)).toEqual({ kind: "retry", delayMs: 100 });
    expect(d(2)).toEqual({ kind: "retry", delayMs: 200 });
    expect(d(3)).toEqual({ kind: "failed", reason: "all 3 attempts failed; last: timed out" });
  });

  it.each([0, -1, 1.5, Number.NaN])("rejects attemptNumber %d", (attemptNumber) => {
    expect(() => decide(attemptNumber, { status: 200 })).toThrow(/attemptNumber/);
  });
});

describe("shouldDeactivate", () => {
  it("deactivates at the configured number of failed deliveries in a row", () => {
    expect(shouldDeactivate(policy, 0)).toBe(false);
    expect(shouldDeactivate(policy, 9)).toBe(false);
    expect(shouldDeactivate(policy, 10)).toBe(true);
    expect(shouldDeactivate(policy, 11)).toBe(true);
    expect(shouldDeactivate(loadWebhookPolicy({ WEBHOOK_DISABLE_AFTER: "1" }), 1)).toBe(true);
  });
});

describe("exceedsPayloadLimit", () => {
  it("allows exactly 256 KiB and refuses one byte more", () => {
    expect(exceedsPayloadLimit(policy, 262_144)).toBe(false);
    expect(exceedsPayloadLimit(policy, 262_145)).toBe(true);
  });
});

describe("describeOutcome", () => {
  it.each<[AttemptOutcome, string]>([
    [{ errorKind: "timeout" }, "timed out"],
    [{ errorKind: "connection" }, "connection failed"],
    [{ errorKind: "redirect", status: 301 }, "redirect (HTTP 301) not followed"],
    [{ errorKind: "http", status: 418 }, "HTTP 418"],
    [{}, "unknown error"],
  ])("%j → %s", (outcome, text) => {
    expect(describeOutcome(outcome)).toBe(text);
  });
});
