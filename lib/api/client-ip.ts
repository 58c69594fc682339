import ipaddr from "ipaddr.js";
import { config } from "@/config";

/**
 * Set by the app's server (scripts/server.mjs → scripts/request-guard.mjs) from the socket, after
 * deleting any copy the client sent; the same names are there (a test holds them equal).
 */
export const CLIENT_ADDRESS_HEADER = "x-tasktide-client-address";
export const CLIENT_ADDRESS_MARK = Symbol.for("tasktide.client-address-header");

/** The caller's IP for per-IP limits; proxies are trusted only when TRUST_PROXY=1. */
export function clientIp(req: Request): string {
  return clientIpFromHeaders(req.headers);
}

/**
 * Next.js does not expose the socket address to route handlers, so the server puts it in an
 * internal header. Only a process that server started trusts that header (it marks
 * `globalThis`): under a bare `next start` a client could set it to anything, so every caller
 * there shares one budget ("direct"). Forwarding headers (X-Forwarded-For / X-Real-IP) count only
 * with TRUST_PROXY=1, for the same reason. IPv6 callers are keyed by their /64, which one host
 * usually has whole: keying by single addresses would let it pick a fresh budget per request.
 */
export function clientIpFromHeaders(headers: Headers): string {
  if (config().trustProxy) {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip")?.trim();
    if (forwarded) return limitKey(forwarded);
  }
  const socket = (globalThis as Record<symbol, unknown>)[CLIENT_ADDRESS_MARK] === true ? headers.get(CLIENT_ADDRESS_HEADER) : null;
  return socket ? limitKey(socket) : "direct";
}

function limitKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const ip = ipaddr.process(address);
  if (ip.kind() === "ipv4") return ip.toString();
  const prefix = ipaddr.IPv6.networkAddressFromCIDR(`${ip.toString()}/64`);
  return `${prefix.toString()}/64`;
}

/**
 * A request from this machine: the socket's loopback address (only the app's own server sets it)
 * and no forwarding header naming anyone else, so a reverse proxy on the same host does not count
 * as local. (Next adds X-Forwarded-For with the socket's address itself, so loopback ones pass.)
 */
export function isLoopbackRequest(req: Request): boolean {
  const trusted = (globalThis as Record<symbol, unknown>)[CLIENT_ADDRESS_MARK] === true;
  const address = trusted ? req.headers.get(CLIENT_ADDRESS_HEADER) : null;
  if (!address || !isLoopback(address)) return false;
  if (req.headers.has("forwarded")) return false;
  const named = [...(req.headers.get("x-forwarded-for") ?? "").split(","), req.headers.get("x-real-ip") ?? ""]
    .map((a) => a.trim())
    .filter(Boolean);
  return named.every(isLoopback);
}

function isLoopback(address: string): boolean {
  return ipaddr.isValid(address) && ipaddr.process(address).range() === "loopback";
}
