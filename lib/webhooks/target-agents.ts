// Keep-alive connection pools for webhook receivers, one per target *and checked address*.
//
// Defends the SSRF guard's pinning against connection reuse: a pooled socket must never carry a
// request to an address other than the one checked for that attempt. So the pool key includes
// the address resolveSafeAddress returned for this attempt (it still resolves and checks on every
// attempt): while DNS keeps answering the same address, attempts reuse warm connections; when the
// answer changes, the new address gets a new pool, and the old pool's sockets are never handed
// to a request for the new address (they idle out).
import http from "node:http";
import https from "node:https";
import type { ResolvedAddress } from "./ssrf-guard";

/**
 * Idle sockets are closed after this long: below Node's default server keep-alive (5 s), so we
 * usually close first rather than write into a socket the receiver is closing.
 */
const IDLE_SOCKET_MS = 4_000;
/** A pool unused this long is destroyed (its target may never come back). */
const IDLE_POOL_MS = 60_000;

interface Pool {
  agent: http.Agent;
  lastUsed: number;
}

const holder = globalThis as unknown as { __tasktideWebhookAgents?: Map<string, Pool> };
const pools = (holder.__tasktideWebhookAgents ??= new Map());
let lastSweep = 0;

export function targetAgent(protocol: string, hostname: string, port: number, address: ResolvedAddress): http.Agent {
  const now = Date.now();
  if (now - lastSweep > IDLE_POOL_MS) sweep(now);
  const key = `${protocol}//${hostname}:${port}@${address.address}`;
  let pool = pools.get(key);
  if (!pool) {
    const options = { keepAlive: true, timeout: IDLE_SOCKET_MS, maxFreeSockets: 64, scheduling: "lifo" as const };
    pool = { agent: protocol === "https:" ? new https.Agent(options) : new http.Agent(options), lastUsed: now };
    pools.set(key, pool);
  }
  pool.lastUsed = now;
  return pool.agent;
}

function sweep(now: number): void {
  lastSweep = now;
  for (const [key, pool] of pools) {
    if (now - pool.lastUsed > IDLE_POOL_MS) {
      pool.agent.destroy();
      pools.delete(key);
    }
  }
}

/** Closes every pooled connection (tests, shutdown). */
export function closeTargetAgents(): void {
  for (const pool of pools.values()) pool.agent.destroy();
  pools.clear();
}
