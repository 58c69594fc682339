import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { signUp } from "@/lib/accounts/sign-up";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { resetRateLimiters } from "@/lib/rate-limit/limiter";
import { createUser } from "../support/factories";

// The "Hardening" finding: one client's failed sign-ins must never lock out another account or
// another client. The per-IP budget counts only failures of that client; the per-account limit is
// a delay that grows with consecutive failures (capped, reset on success), never a long lock.

const saved = { ...process.env };

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("RATE_LIMIT_") && !(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  resetRateLimiters();
});

function limits(env: Record<string, string>) {
  Object.assign(process.env, env);
  resetRateLimiters();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("sign-in lockout", () => {
  it("9 wrong passwords for one account plus a sign-up do not lock out another account on the same address", async () => {
    const db = await getDb();
    const [victim, other] = [await createUser(), await createUser()];
    resetRateLimiters();
    const ip = "direct"; // what every client looks like while the app cannot see socket addresses
    for (let i = 0; i < 9; i++) {
      expect(await verifyCredentials(db, { email: victim.email, password: `wrong-${i}` }, ip)).toMatchObject({ ok: false });
    }
    const email = `newcomer.${Date.now()}@example.test`;
    expect((await signUp(db, { name: "Newcomer", email, password: "long-enough-pw" })).ok).toBe(true);
    expect((await verifyCredentials(db, { email, password: "long-enough-pw" }, ip)).ok).toBe(true);

    // The exact case of the report: a different account with the right password.
    expect(await verifyCredentials(db, { email: other.email, password: other.password }, ip)).toMatchObject({ ok: true });
    expect(await verifyCredentials(db, { email: other.email, password: other.password }, "198.51.100.20")).toMatchObject({ ok: true });
  });

  it("successful sign-ins spend nothing: a client may sign in again and again", async () => {
    limits({ RATE_LIMIT_SIGN_IN_PER_15_MINUTES: "3" });
    const db = await getDb();
    const user = await createUser();
    for (let i = 0; i < 8; i++) {
      expect(await verifyCredentials(db, { email: user.email, password: user.password }, "203.0.113.30")).toMatchObject({ ok: true });
    }
  });

  it.each(["memory", "postgres"])(
    "the per-IP budget stops the client that fails, on every account, and no other client (%s store)",
    async (store) => {
      limits({ RATE_LIMIT_SIGN_IN_PER_15_MINUTES: "3", RATE_LIMIT_SIGN_IN_WINDOW_SECONDS: "900", RATE_LIMIT_STORE: store });
      const db = await getDb();
      const user = await createUser();
      for (let i = 0; i < 3; i++) {
        expect(
          await verifyCredentials(db, { email: `spray${i}.${store}@example.test`, password: "guess" }, `203.0.113.40${store.length}`),
        ).toMatchObject({
          ok: false,
          reason: "invalid",
        });
      }
      const stopped = await verifyCredentials(db, { email: user.email, password: user.password }, `203.0.113.40${store.length}`);
      expect(stopped).toMatchObject({ ok: false, reason: "rate_limited" });
      expect((stopped as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(800);
      expect(await verifyCredentials(db, { email: user.email, password: user.password }, `203.0.113.41${store.length}`)).toMatchObject({
        ok: true,
      });
    },
  );

  it("consecutive failures on an account, from any client, delay its next attempt by 0,0,0,1,2,4… s up to the cap; success resets", async () => {
    limits({ RATE_LIMIT_SIGN_IN_PER_15_MINUTES: "1000", RATE_LIMIT_SIGN_IN_FREE_FAILURES: "3", RATE_LIMIT_SIGN_IN_MAX_DELAY_SECONDS: "2" });
    const db = await getDb();
    const user = await createUser();
    const wrong = (i: number) => verifyCredentials(db, { email: user.email, password: "wrong-password" }, `10.20.0.${i}`);
    for (let i = 0; i < 3; i++) expect(await wrong(i)).toEqual({ ok: false, reason: "invalid" });
    // Third failure: the next attempt waits 1 s, whoever makes it, and refused attempts add nothing.
    expect(await wrong(3)).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 1 });
    expect(await wrong(4)).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 1 });
    await sleep(1050);
    expect(await wrong(5)).toEqual({ ok: false, reason: "invalid" });
    expect(await wrong(6)).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 2 });
    await sleep(2050);
    expect(await wrong(7)).toEqual({ ok: false, reason: "invalid" });
    // Capped at 2 s (it would be 4).
    expect(await wrong(8)).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 2 });
    // The right password is refused while the delay runs (or the delay would not slow guessing)…
    expect(await verifyCredentials(db, { email: user.email, password: user.password }, "10.20.1.1")).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
    await sleep(2050);
    // …and accepted after it; success resets the count, so the next failure costs no delay.
    expect(await verifyCredentials(db, { email: user.email, password: user.password }, "10.20.1.1")).toMatchObject({ ok: true });
    for (let i = 0; i < 3; i++) expect(await wrong(10 + i)).toEqual({ ok: false, reason: "invalid" });
  });

  it("while another client hammers an account, its owner signs in from their own client after at most the capped delay", async () => {
    limits({ RATE_LIMIT_SIGN_IN_FREE_FAILURES: "3", RATE_LIMIT_SIGN_IN_MAX_DELAY_SECONDS: "2" });
    const db = await getDb();
    const user = await createUser();
    let failures = 0;
    let refused = 0;
    const until = Date.now() + 3500;
    while (Date.now() < until) {
      const result = await verifyCredentials(db, { email: user.email, password: "hammer" }, "192.0.2.66");
      if (result.ok) throw new Error("the wrong password was accepted");
      if (result.reason === "invalid") failures++;
      else refused++;
      await sleep(50);
    }
    // The attacker's own client ran out of its per-IP budget or got slowed down; the account is not locked.
    expect(failures).toBeGreaterThanOrEqual(3);
    expect(refused).toBeGreaterThan(0);
    const first = await verifyCredentials(db, { email: user.email, password: user.password }, "198.51.100.77");
    if (!first.ok) {
      expect(first.reason).toBe("rate_limited");
      expect(first.retryAfterSeconds).toBeLessThanOrEqual(2);
      await sleep(first.retryAfterSeconds! * 1000 + 50);
      expect(await verifyCredentials(db, { email: user.email, password: user.password }, "198.51.100.77")).toMatchObject({ ok: true });
    }
  });

  it("a hard lock can no longer be triggered: after ten failures the right password works within the cap", async () => {
    const db = await getDb();
    const user = await createUser();
    for (let i = 0; i < 10; i++) await verifyCredentials(db, { email: user.email, password: "wrong" }, `10.30.0.${i}`);
    const result = await verifyCredentials(db, { email: user.email, password: user.password }, "10.30.1.1");
    if (!result.ok) {
      expect(result.reason).toBe("rate_limited");
      // The default cap is a minute, never the 15-minute window.
      expect(result.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });
});
