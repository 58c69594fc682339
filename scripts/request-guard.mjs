// What the custom server (scripts/server.mjs) does to every request before Next's handler sees it,
// as plain functions on node:http's request and response, so a test can run them on a real socket
// without Next (scripts/request-guard.test.ts). Plain JavaScript: `npm start` runs it without tsx.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The socket's address, set here and read by lib/api/client-ip.ts. A copy sent by the client is
 * deleted first, so it cannot be forged; the app trusts the header only in a process this server
 * started (CLIENT_ADDRESS_MARK), so under a bare `next start` it is ignored as well.
 */
export const CLIENT_ADDRESS_HEADER = "x-tasktide-client-address";
export const CLIENT_ADDRESS_MARK = Symbol.for("tasktide.client-address-header");

/** The methods Next's route handlers know (next/dist/server/web/http.js); anything else never reaches Next. */
const NEXT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"]);
const ROUTE_EXPORT = /^export\s+(?:const|let|var|async\s+function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm;
const ROUTE_FILE = /^route\.(?:ts|tsx|js|mjs)$/;

/** Marks this process as one whose requests all went through `setClientAddress`. */
export function markClientAddressTrusted() {
  globalThis[CLIENT_ADDRESS_MARK] = true;
}

/** IPv4 clients of a dual-stack socket show up as `::ffff:1.2.3.4`; they are 1.2.3.4. */
export function normalizeAddress(address) {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address ?? "");
  return mapped ? mapped[1] : address;
}

/** Replaces any client-sent copy of the internal header with the socket's own address. */
export function setClientAddress(req) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i].toLowerCase() === CLIENT_ADDRESS_HEADER) req.rawHeaders.splice(i, 2);
  }
  const address = normalizeAddress(req.socket.remoteAddress);
  if (address) {
    req.headers[CLIENT_ADDRESS_HEADER] = address;
    req.rawHeaders.push(CLIENT_ADDRESS_HEADER, address);
  }
}

/**
 * The methods of each /v1 route file, read from its `export const GET = …` lines (the convention
 * every route file follows; scripts/request-guard.test.ts proves the table equals the modules'
 * real exports). Only used to word the `Allow` header of a 405: Next still routes every request.
 * Sorted by Next's precedence: static segments before dynamic ones, both before catch-alls.
 */
export function readRouteTable(appDir) {
  const root = path.join(appDir, "v1");
  const routes = [];
  const walk = (dir, segments) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (ROUTE_FILE.test(entry.name)) routes.push(toRoute(segments, fs.readFileSync(path.join(dir, entry.name), "utf8")));
    }
  };
  walk(root, ["v1"]);
  return routes.sort(byPrecedence);
}

function toRoute(segments, source) {
  const methods = new Set([...source.matchAll(ROUTE_EXPORT)].map((m) => m[1]));
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  const rank = [];
  let catchAll = false;
  const pattern = segments
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((segment) => {
      if (/^\[\[?\.\.\.\w+\]\]?$/.test(segment)) {
        catchAll = true;
        rank.push(2);
        return "(?:/.+)?";
      }
      if (/^\[\w+\]$/.test(segment)) {
        rank.push(1);
        return "/[^/]+";
      }
      rank.push(0);
      return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    })
    .join("");
  // Next's own OPTIONS answer lists the same methods, sorted: "GET, HEAD, OPTIONS, POST".
  return { pattern: new RegExp(`^${pattern}/?$`), rank, catchAll, allow: [...methods].sort().join(", ") };
}

function byPrecedence(a, b) {
  for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
    const diff = (a.rank[i] ?? -1) - (b.rank[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The route file a /v1 path lands on, as Next would pick it; undefined when none does. */
export function findRoute(routes, pathname) {
  return routes.find((route) => route.pattern.test(pathname));
}

function send(res, status, body, headers = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": typeof body === "string" ? "text/plain; charset=utf-8" : "application/json",
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** The `{error, message}` envelope of lib/api/errors.ts, with its own request id. */
function sendEnvelope(res, status, error, message, headers = {}) {
  send(res, status, { error, message }, { "X-Request-Id": randomUUID(), ...headers });
}

const isApiPath = (pathname) => pathname === "/v1" || pathname.startsWith("/v1/");

/**
 * A request handler wrapper: `guard(req, res)` answers what Next would fail on (and returns true),
 * or prepares the request and response for Next (and returns false). `routes()` gives the /v1
 * route table (readRouteTable); the server caches it in production and re-reads it in development.
 *
 * - The client address header is set from the socket (setClientAddress).
 * - A path that is not valid percent-encoding is 400 (Next answers a plain-text 500).
 * - A method Next does not know (TRACE, PROPFIND…) is 405 on /v1 with `Allow`, 501 elsewhere.
 * - Every /v1 response carries X-Request-Id (Next's own OPTIONS and 405 answers have none), and
 *   Next's empty 405 becomes the envelope with `Allow`.
 */
export function createRequestGuard({ routes }) {
  return function guard(req, res) {
    setClientAddress(req);
    const method = req.method ?? "GET";
    let pathname;
    try {
      pathname = new URL(req.url ?? "/", "http://internal").pathname;
      decodeURIComponent(pathname);
    } catch {
      const api = isApiPath((req.url ?? "").split("?")[0]);
      if (api) sendEnvelope(res, 400, "invalid_request", "The request path is not valid percent-encoded UTF-8.");
      else send(res, 400, "Bad Request: the path is not valid percent-encoded UTF-8.\n");
      return true;
    }
    const api = isApiPath(pathname);
    if (!NEXT_METHODS.has(method)) {
      if (!api) {
        send(res, 501, `Not Implemented: this server does not support ${method}.\n`);
        return true;
      }
      const route = findRoute(routes(), pathname);
      if (!route || route.catchAll) sendEnvelope(res, 404, "not_found", `There is no API route ${method} ${pathname}.`);
      else
        sendEnvelope(res, 405, "method_not_allowed", `${method} is not allowed on ${pathname}; allowed: ${route.allow}.`, {
          Allow: route.allow,
        });
      return true;
    }
    if (api) dressApiResponse(res, method, pathname, routes);
    return false;
  };
}

/**
 * Adds X-Request-Id when Next answered without one, and turns Next's empty 405 into the envelope.
 * Next's compression wraps this response after us, so headers may be written (writeHead) before
 * the body is known; the envelope replaces the body only when nothing else was written.
 */
function dressApiResponse(res, method, pathname, routes) {
  let prepared = false;
  let replacement;
  let wrote = false;
  const prepare = (given, knownEmpty) => {
    if (prepared || res.headersSent) return;
    prepared = true;
    if (!res.hasHeader("x-request-id") && !given.has("x-request-id")) res.setHeader("X-Request-Id", randomUUID());
    if (res.statusCode !== 405 || res.hasHeader("content-type") || given.has("content-type")) return;
    const allow = findRoute(routes(), pathname)?.allow;
    replacement = JSON.stringify({
      error: "method_not_allowed",
      message: allow ? `${method} is not allowed on ${pathname}; allowed: ${allow}.` : `${method} is not allowed on ${pathname}.`,
    });
    if (allow) res.setHeader("Allow", allow);
    res.setHeader("Content-Type", "application/json");
    if (knownEmpty) res.setHeader("Content-Length", Buffer.byteLength(replacement));
  };
  const writeHead = res.writeHead;
  res.writeHead = function (statusCode, ...rest) {
    this.statusCode = statusCode;
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null && !Array.isArray(arg));
    prepare(new Set(Object.keys(headers ?? {}).map((name) => name.toLowerCase())), false);
    return writeHead.call(this, statusCode, ...rest);
  };
  const write = res.write;
  res.write = function (chunk, ...rest) {
    if (chunk != null && chunk.length > 0) wrote = true;
    return write.call(this, chunk, ...rest);
  };
  const end = res.end;
  res.end = function (chunk, encoding, callback) {
    const empty = chunk === undefined || chunk === null || typeof chunk === "function" || chunk.length === 0;
    if (empty && !wrote) prepare(new Set(), true);
    if (replacement !== undefined && empty && !wrote) {
      const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback;
      return end.call(this, replacement, done);
    }
    return end.call(this, chunk, encoding, callback);
  };
}
