import { config } from "@/config";

/** The caller's IP for per-IP limits; proxies are trusted only when TRUST_PROXY=1. */
export function clientIp(req: Request): string {
  return clientIpFromHeaders(req.headers);
}

/**
 * Next.js does not expose the socket address to route handlers, so without a trusted proxy every
 * anonymous caller shares one budget. Forwarding headers are ignored then: a client could set
 * them to anything and sidestep the limit.
 */
export function clientIpFromHeaders(headers: Headers): string {
  if (!config().trustProxy) return "direct";
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "direct";
}
