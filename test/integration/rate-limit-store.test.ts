import { randomBytes } from "node:crypto";
import { like } from "drizzle-orm";
import { Redis } from "ioredis";
import postgres from "postgres";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb, openDatabase, type OpenedDatabase } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { createLimiter } from "@/lib/rate-limit/create-limiter";
import { resetRateLimiters } from "@/lib/rate-limit/limiter";
import { closeSharedRedis, connectRedis } from "@/lib/rate-limit/redis-client";
import { api } from "../support/api";
import { createUser } from "../support/factories";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unique = () => `t${randomBytes(5).toString("hex")}`;
const saved = { ...process.env };

afterEach(() => {
  for (const key of ["RATE_LIMIT_STORE", "REDIS_URL", "RATE_LIMIT_PER_MINUTE", "RATE_LIMIT_WINDOW_SECONDS"]) delete process.env[key];
  Object.assign(process.env, saved);
  resetRateLimiters();
});

/** Alternates two limiter instances (two app instances) over one key: they must share 5 points. */
async function expectSharedBudget(a: RateLimiterAbstract, b: RateLimiterAbstract) {
  const key = unique();
  const outcomes: string[] = [];
  for (let i = 0; i < 7; i++) {
    const limiter = i % 2 === 0 ? a : b;
    outcomes.push(
      await limiter.consume(key).then(
        (r) => `ok:${r.remainingPoints}`,
        (r) => `no:${r.remainingPoints}`,
      ),
    );
  }
  expect(outcomes).toEqual(["ok:4", "ok:3", "ok:2", "ok:1", "ok:0", "no:0", "no:0"]);
  await sleep(1100);
  expect((await b.consume(key)).remainingPoints).toBe(4);
}

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

describe("PostgreSQL store", () => {
  const config = { points: 5, duration: 1 };
  let first: OpenedDatabase | undefined;
  let second: OpenedDatabase | undefined;
  let dropSecond = async () => {};

  beforeAll(async () => {
    // Two connection pools to one database stand for two app instances. Without a PostgreSQL
    // server (the PGlite run) both limiters share the embedded database instead.
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) return;
    const name = `tasktide_rl_${randomBytes(5).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    first = await openDatabase({ url: url.toString() });
    second = await openDatabase({ url: url.toString() });
    dropSecond = async () => {
      await first!.close();
      await second!.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    };
  });
  afterAll(() => dropSecond());

  it("shares one budget between two limiter instances, and refills after the window", async () => {
    const dbA = first?.db ?? (await getDb());
    const dbB = second?.db ?? dbA;
    expect(dbA === dbB).toBe(!process.env.DATABASE_URL);
    await expectSharedBudget(
      createLimiter("api", config, { kind: "postgres", db: dbA }),
      createLimiter("api", config, { kind: "postgres", db: dbB }),
    );
  });

  it("is used by /v1 when RATE_LIMIT_STORE=postgres", async () => {
    const user = await createUser();
    Object.assign(process.env, { RATE_LIMIT_STORE: "postgres", RATE_LIMIT_PER_MINUTE: "2", RATE_LIMIT_WINDOW_SECONDS: "60" });
    resetRateLimiters();
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(200);
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(200);
    const over = await api("GET", "/v1/boards", { as: user });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(50);
    // The budget lives in the table, not in the insurance limiter's memory.
    const rows = await (
      await getDb()
    )
      .select()
      .from(rateLimits)
      .where(like(rateLimits.key, `tt_api:user:${user.id}`));
    expect(rows).toEqual([expect.objectContaining({ points: 3 })]);
  });
});

const redisUp = await redisReachable();
if (!redisUp) console.warn(`Redis at ${REDIS_URL} is not reachable: the Redis store tests are skipped.`);

describe.runIf(redisUp)("Redis store", () => {
  const clients: Redis[] = [];
  const connect = async () => {
    const client = connectRedis(REDIS_URL);
    clients.push(client);
    await new Promise<void>((resolve) => (client.status === "ready" ? resolve() : client.once("ready", () => resolve())));
    return client;
  };
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
    await closeSharedRedis();
  });

  it("shares one budget between two limiter instances on two connections, and refills after the window", async () => {
    const config = { points: 5, duration: 1 };
    const prefix = `tt_test_${unique()}`;
    await expectSharedBudget(
      createLimiter("api", config, { kind: "redis", redis: await connect() }, prefix),
      createLimiter("api", config, { kind: "redis", redis: await connect() }, prefix),
    );
  });

  it("is used by /v1 when REDIS_URL is set", async () => {
    const user = await createUser();
    Object.assign(process.env, { REDIS_URL, RATE_LIMIT_PER_MINUTE: "2", RATE_LIMIT_WINDOW_SECONDS: "60" });
    resetRateLimiters();
    // The first request may arrive before the shared connection is ready (insurance answers it).
    const probe = await connect();
    await api("GET", "/v1/boards", { as: user });
    await sleep(200);
    await probe.del(`tt_api:user:${user.id}`);
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(200);
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(200);
    expect((await api("GET", "/v1/boards", { as: user })).status).toBe(429);
    expect(Number(await probe.get(`tt_api:user:${user.id}`))).toBe(3);
  });
});
