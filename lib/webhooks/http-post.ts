// One webhook HTTP attempt: POST the body, report what happened, never throw for network trouble.
//
// Built on node:http/https rather than fetch so the connection goes to the address the SSRF guard
// checked: the name is resolved once by resolveSafeAddress and the request's `lookup` hands back
// exactly that address, while Host and TLS SNI keep the original hostname (no DNS rebinding
// between check and connect). Redirects are never followed: a public URL answering 302 to
// http://169.254.169.254/ must not turn into a request there.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIP, type Socket } from "node:net";
import tls from "node:tls";
import { openProxyTunnel } from "./egress-proxy";
import { targetAgent } from "./target-agents";
import { BlockedAddressError, type ResolveAll, type ResolvedAddress, resolveSafeAddress } from "./ssrf-guard";

export type PostErrorKind = "timeout" | "connection" | "redirect" | "blocked_address" | "http";

export interface PostWebhookInput {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Budget for the whole attempt: DNS, connect, TLS, request and response headers. */
  timeoutMs: number;
  allowPrivate: boolean;
  /** WEBHOOK_PROXY_URL: tunnel through this HTTP CONNECT proxy to the checked address (egress-proxy.ts). */
  proxyUrl?: string;
  /** DNS resolver (all addresses); injectable for tests. */
  lookup?: ResolveAll;
  /** At most this many bytes of the response body are read and kept. */
  excerptBytes: number;
}

export interface PostWebhookResult {
  status?: number;
  durationMs: number;
  responseExcerpt?: string;
  responseHeaders?: Record<string, string>;
  errorKind?: PostErrorKind;
  errorMessage?: string;
  retryAfter?: string | null;
}

class AttemptTimeout extends Error {}
class StaleConnection extends Error {}

export async function postWebhook(input: PostWebhookInput): Promise<PostWebhookResult> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new AttemptTimeout(`no response within ${input.timeoutMs} ms`)), input.timeoutMs);
  try {
    const url = new URL(input.url);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new Error(`unsupported URL scheme ${url.protocol}`);
    }
    const address = await untilAborted(
      resolveSafeAddress(url.hostname, { allowPrivate: input.allowPrivate, lookup: input.lookup }),
      deadline.signal,
    );
    if (input.proxyUrl) {
      // Through the egress proxy: one tunnel per attempt, to the address checked just above.
      const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
      const tunnel = await openProxyTunnel(input.proxyUrl, address, port, deadline.signal);
      return { ...(await send(url, address, input, deadline.signal, false, tunnel)), durationMs: durationMs() };
    }
    const response = await send(url, address, input, deadline.signal, true).catch((error: unknown) => {
      // A pooled connection the receiver closed while it sat idle fails before any answer, so the
      // request goes once more on a fresh connection. Almost always it never reached the
      // receiver's application; if it did, this is a sequential duplicate, which at-least-once
      // allows (receivers de-duplicate on X-Webhook-Delivery) — never two sends at once.
      if (error instanceof StaleConnection) return send(url, address, input, deadline.signal, false);
      throw error;
    });
    return { ...response, durationMs: durationMs() };
  } catch (error) {
    return { ...describeFailure(error), durationMs: durationMs() };
  } finally {
    clearTimeout(timer);
  }
}

type Sent = Omit<PostWebhookResult, "durationMs">;

function send(
  url: URL,
  address: ResolvedAddress,
  input: PostWebhookInput,
  signal: AbortSignal,
  pooled: boolean,
  tunnel?: Socket,
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
    const headers = Object.fromEntries(Object.entries(input.headers).filter(([name]) => name.toLowerCase() !== "content-length"));
    const request = (url.protocol === "https:" ? https : http).request({
      method: "POST",
      protocol: url.protocol,
      hostname,
      port,
      path: url.pathname + url.search,
      headers: { ...headers, "Content-Length": String(Buffer.byteLength(input.body)) },
      lookup: pinnedLookup(address),
      // Pooled per target and checked address (target-agents.ts): a reused socket always goes to
      // the address checked for this attempt.
      // (No agent with a tunnel: Node uses createConnection only when agent is undefined.)
      agent: tunnel ? undefined : pooled ? targetAgent(url.protocol, hostname, port, address) : false,
      // Through the proxy's tunnel: TLS (SNI and certificate for the original host) runs inside it.
      ...(tunnel
        ? {
            createConnection: () =>
              url.protocol === "https:" ? tls.connect({ socket: tunnel, servername: isIP(hostname) ? undefined : hostname }) : tunnel,
          }
        : {}),
      ...(url.protocol === "https:" && !isIP(hostname) ? { servername: hostname } : {}),
    });

    const onAbort = () => request.destroy(signal.reason as Error);
    let answered = false;
    request.on("error", (error: NodeJS.ErrnoException) => {
      signal.removeEventListener("abort", onAbort);
      const stale = request.reusedSocket && !answered && !signal.aborted && STALE_CODES.has(error.code ?? "");
      reject(stale ? new StaleConnection(error.message) : error);
    });
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });

    request.on("response", (response) => {
      answered = true;
      signal.removeEventListener("abort", onAbort);
      const status = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let kept = 0;
      let settled = false;
      // Stop at the excerpt size, the end of the body, a broken body or the deadline — whichever
      // comes first: a multi-megabyte answer is never buffered, and once the status line is in, a
      // receiver stalling its body cannot turn its answer into a timeout. A body read to its end
      // leaves the connection in the pool for the next attempt; anything cut short drops it.
      const finish = (complete = false) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener("abort", abort);
        if (!complete) request.destroy();
        const excerpt = Buffer.concat(chunks).subarray(0, input.excerptBytes).toString("utf8");
        resolve({ status, responseExcerpt: excerpt, ...classify(status, response.headers) });
      };
      const abort = () => finish();
      if (signal.aborted || input.excerptBytes <= 0) return finish();
      signal.addEventListener("abort", abort, { once: true });
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        kept += chunk.length;
        if (kept > input.excerptBytes) finish();
      });
      response.on("end", () => finish(true));
      response.on("error", abort);
      response.on("close", abort);
    });

    request.end(input.body);
  });
}

const STALE_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED"]);

function classify(status: number, raw: http.IncomingHttpHeaders): Omit<Sent, "status" | "responseExcerpt"> {
  const responseHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) responseHeaders[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const base = { responseHeaders, retryAfter: responseHeaders["retry-after"] ?? null };
  if (status >= 200 && status <= 299) return base;
  if (status >= 300 && status <= 399) {
    const location = responseHeaders.location;
    return { ...base, errorKind: "redirect", errorMessage: `HTTP ${status} redirect${location ? ` to ${location}` : ""} not followed` };
  }
  return { ...base, errorKind: "http", errorMessage: `HTTP ${status}` };
}

function describeFailure(error: unknown): Sent {
  if (error instanceof BlockedAddressError) return { errorKind: "blocked_address", errorMessage: error.message };
  if (error instanceof AttemptTimeout) return { errorKind: "timeout", errorMessage: error.message };
  const e = error as NodeJS.ErrnoException;
  const message = e?.message ?? String(error);
  return { errorKind: "connection", errorMessage: e?.code && !message.includes(e.code) ? `${e.code}: ${message}` : message };
}

/** A net/tls `lookup` that answers with the pre-checked address instead of asking DNS again. */
function pinnedLookup({ address, family }: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    // Node's happy-eyeballs connect (autoSelectFamily) asks for all addresses.
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
