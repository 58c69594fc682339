import { afterEach, describe, expect, it } from "vitest";
import { config, ConfigError, parseConfig } from "./index";

describe("parseConfig", () => {
  it("gives the README's defaults for an empty environment", () => {
    const c = parseConfig({});
    expect(c.production).toBe(false);
    expect(c.database).toEqual({ url: undefined, poolMax: 10 });
    expect(c.dataDir).toMatch(/\.data$/);
    expect(c.api.maxBodyBytes).toBe(1024 * 1024);
    expect(c.rateLimits).toMatchObject({ store: "memory", api: { points: 600, duration: 60 }, sign_in: { points: 10, duration: 900 } });
    expect(c.webhooks).toMatchObject({ scheduler: "embedded", timeoutMs: 10_000, retrySchedule: undefined, workerConcurrency: 64 });
  });

  it("treats empty values as unset and derives the choices", () => {
    const c = parseConfig({
      DATABASE_POOL_MAX: "",
      REDIS_URL: "redis://cache:6379",
      INNGEST_DEV: "1",
      NODE_ENV: "production",
      WEBHOOK_RETRY_SCHEDULE: "5s, 1m",
    });
    expect(c.database.poolMax).toBe(10);
    expect(c.rateLimits.store).toBe("redis");
    expect(c.webhooks.scheduler).toBe("inngest");
    expect(c.production).toBe(true);
    expect(c.webhooks.retrySchedule).toEqual([5000, 60_000]);
  });

  it.each([
    ["DATABASE_POOL_MAX", "ten", /DATABASE_POOL_MAX must be a whole number ≥ 1, got "ten"/],
    ["WEBHOOK_TIMEOUT_MS", "1.5", /WEBHOOK_TIMEOUT_MS must be a whole number/],
    ["RATE_LIMIT_PER_MINUTE", "0", /RATE_LIMIT_PER_MINUTE must be a whole number ≥ 1/],
    ["TRUST_PROXY", "true", /TRUST_PROXY must be 1 or 0, got "true"/],
    ["RATE_LIMIT_STORE", "memcached", /RATE_LIMIT_STORE must be memory, postgres, redis/],
    ["WEBHOOK_RETRY_SCHEDULE", "5s,,1m", /WEBHOOK_RETRY_SCHEDULE "" is not a positive duration/],
    ["REDIS_URL", "localhost:6379", /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
  ])("%s=%s is an error naming the variable", (name, value, message) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(message);
  });

  it("lists every bad variable at once, and never echoes a connection string", () => {
    let error: unknown;
    try {
      parseConfig({ DATABASE_URL: "mysql://root:hunter2@db/tasktide", WEBHOOK_DISABLE_AFTER: "-1" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual(["DATABASE_URL", "WEBHOOK_DISABLE_AFTER"]);
    expect((error as Error).message).toContain("DATABASE_URL must be a postgres:// or postgresql:// URL");
    expect((error as Error).message).not.toContain("hunter2");
  });
});

describe("config()", () => {
  const saved = process.env.WEBHOOK_TIMEOUT_MS;
  afterEach(() => {
    if (saved === undefined) delete process.env.WEBHOOK_TIMEOUT_MS;
    else process.env.WEBHOOK_TIMEOUT_MS = saved;
  });

  it("is memoized, and sees a variable changed at run time on its next call", () => {
    process.env.WEBHOOK_TIMEOUT_MS = "1234";
    const first = config();
    expect(first.webhooks.timeoutMs).toBe(1234);
    expect(config()).toBe(first);
    process.env.WEBHOOK_TIMEOUT_MS = "5678";
    expect(config().webhooks.timeoutMs).toBe(5678);
    process.env.WEBHOOK_TIMEOUT_MS = "soon";
    expect(() => config()).toThrow(/WEBHOOK_TIMEOUT_MS must be a whole number ≥ 1, got "soon"/);
  });
});
