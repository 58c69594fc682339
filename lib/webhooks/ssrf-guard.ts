// SSRF guard for webhook URLs.
//
// Defends against a webhook being used to make the server send requests into places only it can
// reach: loopback services, the private network, link-local and cloud metadata endpoints
// (credentials at 169.254.169.254 and friends). Attack forms covered: private IP literals in any
// notation (decimal/octal/hex IPv4, bracketed IPv6, IPv4 embedded in IPv6), DNS names pointing at
// private addresses, and DNS rebinding (public answer at check time, private at connect time) —
// the caller connects to the address returned here instead of resolving again.
// Known residual risk: NAT64 behind an operator-specific prefix cannot be recognised from the
// address alone; only the well-known prefix 64:ff9b::/96 is decoded.
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

// Metadata services. Most already fall in blocked ranges; 168.63.129.16 (Azure WireServer) is
// public address space, so it must be listed. The others are listed so the intent survives
// any change in how ranges are classified.
const METADATA_ADDRESSES = new Set([
  "169.254.169.254", // AWS, GCP, Azure, OCI, DigitalOcean IMDS
  "168.63.129.16", // Azure WireServer / host agent
  "100.100.100.200", // Alibaba Cloud
  "fd00:ec2::254", // AWS IMDS over IPv6
]);

// Only 2000::/3 is allocated as global unicast. ipaddr.js calls everything it has no name for
// "unicast", including ::/96 (IPv4-compatible, e.g. ::7f00:1 = ::127.0.0.1) and unallocated space.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");
const WELL_KNOWN_NAT64 = ipaddr.IPv6.parseCIDR("64:ff9b::/96");

/**
 * True when a request must not be sent to `ip`. Anything that does not parse as an IP address is
 * blocked too: failing closed is the only safe answer for a security check.
 */
export function isBlockedAddress(ip: string): boolean {
  const text = ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
  let addr: IPv4 | IPv6;
  try {
    addr = ipaddr.parse(text);
  } catch {
    return true;
  }
  return addr.kind() === "ipv4" ? isBlockedV4(addr as IPv4) : isBlockedV6(addr as IPv6);
}

function isBlockedV4(addr: IPv4): boolean {
  if (METADATA_ADDRESSES.has(addr.toString())) return true;
  // Allow-list: every named range (loopback, private, linkLocal, carrierGradeNat, multicast,
  // unspecified 0.0.0.0/8, broadcast, reserved = documentation + benchmarking + 240/4, as112, amt)
  // is blocked; only ordinary unicast passes.
  return addr.range() !== "unicast";
}

function isBlockedV6(addr: IPv6): boolean {
  // A zone id (fe80::1%eth0) only means something on a local link.
  if (addr.zoneId) return true;
  if (METADATA_ADDRESSES.has(addr.toRFC5952String())) return true;
  const p = addr.parts;
  switch (addr.range()) {
    case "ipv4Mapped": // ::ffff:a.b.c.d — the OS connects to a.b.c.d
    case "rfc6145": // ::ffff:0:a.b.c.d — SIIT translated
      return isBlockedV4(v4(p[6], p[7]));
    case "rfc6052": // NAT64 translates to the embedded IPv4 address
      return addr.match(WELL_KNOWN_NAT64) ? isBlockedV4(v4(p[6], p[7])) : true; // 64:ff9b:1::/48: prefix length varies, cannot decode
    case "6to4": // 2002:AABB:CCDD::/48 routes to AA.BB.CC.DD
      return isBlockedV4(v4(p[1], p[2]));
    case "teredo": // 2001:0:SSSS:SSSS:flags:port:CCCC:CCCC — server, then client XOR 0xffffffff
      return isBlockedV4(v4(p[2], p[3])) || isBlockedV4(v4(~p[6] & 0xffff, ~p[7] & 0xffff));
    case "unicast":
      return !addr.match(GLOBAL_UNICAST_V6);
    default: // loopback, unspecified, linkLocal, uniqueLocal (fc00::/7), multicast, site-local, discard, documentation, benchmarking, ORCHID…
      return true;
  }
}

function v4(high: number, low: number): IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

export interface WebhookUrlOptions {
  /** NODE_ENV=production: https is required unless allowHttp. */
  production: boolean;
  /** WEBHOOKS_ALLOW_HTTP=1 */
  allowHttp: boolean;
  /** WEBHOOKS_ALLOW_PRIVATE=1 — local development and tests only. */
  allowPrivate: boolean;
}

export type WebhookUrlErrorCode = "invalid_url" | "unsupported_scheme" | "https_required" | "credentials_not_allowed" | "blocked_address";

export type ParseWebhookUrlResult =
  | {
      ok: true;
      url: URL;
      /** Host without IPv6 brackets, ready for DNS or a socket. */
      hostname: string;
      port: number;
      /** True when the host is an IP literal (already checked; no DNS needed). */
      ipLiteral: boolean;
    }
  | { ok: false; code: WebhookUrlErrorCode; message: string };

/**
 * Synchronous checks on a webhook URL: shape, scheme, credentials and IP-literal hosts. DNS names
 * are NOT resolved here; call resolveSafeAddress at registration and again at every delivery.
 */
export function parseWebhookUrl(input: string, options: WebhookUrlOptions): ParseWebhookUrlResult {
  const fail = (code: WebhookUrlErrorCode, message: string) => ({ ok: false, code, message }) as const;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return fail("invalid_url", "The webhook URL is not a valid absolute URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return fail("unsupported_scheme", `Webhook URLs must use https (or http), not ${url.protocol.slice(0, -1)}.`);
  }
  if (url.protocol === "http:" && options.production && !options.allowHttp) {
    return fail("https_required", "Webhook URLs must use https in production (set WEBHOOKS_ALLOW_HTTP=1 to allow http).");
  }
  // Credentials in the URL would be stored and shown in plain text, and sent to wherever the
  // URL points; receivers should verify signatures instead.
  if (url.username || url.password) {
    return fail("credentials_not_allowed", "Webhook URLs must not contain a user name or password.");
  }
  // WHATWG URL has already turned 2130706433, 0x7f.1, 0177.0.0.1 and 127.1 into 127.0.0.1, and
  // IPv6 into its canonical bracketed form, so a strict literal check is enough here.
  const bracketed = url.hostname.startsWith("[");
  const hostname = bracketed ? url.hostname.slice(1, -1) : url.hostname;
  const ipLiteral = isIP(hostname) !== 0;
  if (!options.allowPrivate) {
    if (ipLiteral && isBlockedAddress(hostname)) {
      return fail("blocked_address", `Webhook URLs must not point to a private, loopback or reserved address (${hostname}).`);
    }
    // RFC 6761: resolvers may answer *.localhost with loopback without asking DNS.
    if (/(^|\.)localhost\.?$/i.test(hostname)) {
      return fail("blocked_address", "Webhook URLs must not point to localhost.");
    }
  }
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  return { ok: true, url, hostname, port, ipLiteral };
}

export class BlockedAddressError extends Error {
  readonly code = "blocked_address";
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to ${address}, a private, loopback or reserved address`);
    this.name = "BlockedAddressError";
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves every address of a name, like dns.lookup(host, { all: true }). */
export type ResolveAll = (hostname: string) => Promise<ReadonlyArray<{ address: string; family: number }>>;

const systemResolveAll: ResolveAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Resolves `hostname` and returns the address to connect to. Throws BlockedAddressError if ANY
 * answer is blocked: with round-robin or happy-eyeballs, a single private answer among public
 * ones is still a way in. Connect to the returned address — resolving again would reopen the
 * DNS-rebinding window this closes.
 */
export async function resolveSafeAddress(
  hostname: string,
  { allowPrivate, lookup = systemResolveAll }: { allowPrivate: boolean; lookup?: ResolveAll },
): Promise<ResolvedAddress> {
  const host = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  const literal = isIP(host);
  const answers = literal ? [{ address: host, family: literal }] : await lookup(host);
  if (answers.length === 0) throw new Error(`${host} did not resolve to any address`);
  if (!allowPrivate) {
    const blocked = answers.find((a) => isBlockedAddress(a.address));
    if (blocked) throw new BlockedAddressError(host, blocked.address);
  }
  const first = answers[0];
  return { address: first.address, family: isIP(first.address) === 6 ? 6 : 4 };
}
