import { config } from "@/config";
import { consume, forget, peek, penalize } from "@/lib/rate-limit/limiter";

/**
 * The sign-in policy (docs/decisions.md, "Sign-in limits slow down, they do not lock out"):
 * - per client IP, a budget of *failed* attempts per window (RATE_LIMIT_SIGN_IN_PER_15_MINUTES):
 *   it stops the client that keeps failing, on every account; successes spend nothing.
 * - per account (email, known or not), a delay that grows with its consecutive failures from any
 *   client: RATE_LIMIT_SIGN_IN_FREE_FAILURES without delay, then 1, 2, 4… seconds up to
 *   RATE_LIMIT_SIGN_IN_MAX_DELAY_SECONDS, reset by a success. Whoever hammers an account slows it
 *   down by at most the cap; nobody can lock it for a window.
 * Both live in the rate-limit store, so instances that share it share the counts.
 */

export type Throttle = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const ipKey = (ip: string) => `ip:${ip}`;
const accountKey = (email: string) => `email:${email}`;

/** The wait after `failures` consecutive failures: 0 for the free ones, then 1, 2, 4… up to the cap. */
export function delayAfterFailures(failures: number, policy = config().rateLimits.signInDelay): number {
  const counted = failures - policy.freeFailures;
  if (counted < 0) return 0;
  return Math.min(policy.maxDelaySeconds, 2 ** Math.min(counted, 30));
}

/** Whether the IP's failure budget is spent (nothing is spent by asking). */
async function ipThrottle(ip: string): Promise<Throttle> {
  const spent = await peek("sign_in", ipKey(ip));
  return spent.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: spent.resetSeconds };
}

/**
 * Called before a password is checked. Refused attempts count for nothing. An allowed attempt
 * takes the account's turn for the delay its failure would earn, so parallel guesses cannot all
 * slip through before the first failure is recorded.
 */
export async function beginSignIn(ip: string, email: string): Promise<Throttle> {
  const byIp = await ipThrottle(ip);
  if (!byIp.allowed) return byIp;
  const { used: failures } = await peek("sign_in_failures", accountKey(email));
  const delay = delayAfterFailures(failures + 1);
  const wait = await peek("sign_in_delay", accountKey(email));
  if (!wait.allowed) return { allowed: false, retryAfterSeconds: wait.resetSeconds };
  if (delay > 0) {
    const turn = await consume("sign_in_delay", accountKey(email), { seconds: delay });
    if (!turn.allowed) return { allowed: false, retryAfterSeconds: turn.resetSeconds };
  }
  return { allowed: true };
}

/** Would a sign-in of `email` from `ip` be refused right now? (Sign-up asks before it creates.) */
export async function signInThrottled(ip: string, email: string): Promise<Throttle> {
  const byIp = await ipThrottle(ip);
  if (!byIp.allowed) return byIp;
  const wait = await peek("sign_in_delay", accountKey(email));
  return wait.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: wait.resetSeconds };
}

export async function signInFailed(ip: string, email: string): Promise<void> {
  await penalize("sign_in", ipKey(ip));
  await penalize("sign_in_failures", accountKey(email));
}

export async function signInSucceeded(email: string): Promise<void> {
  await forget("sign_in_failures", accountKey(email));
  await forget("sign_in_delay", accountKey(email));
}
