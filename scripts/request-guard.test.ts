import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER as APP_HEADER, clientIpFromHeaders } from "@/lib/api/client-ip";
import { ERROR_STATUS } from "@/lib/api/errors";
import { ERROR_CODES } from "@/lib/core/errors";
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_MARK,
  createRequestGuard,
  findRoute,
  markClientAddressTrusted,
  normalizeAddress,
  readRouteTable,
  setClientAddress,
} from "./request-guard.mjs";

/**
 * The custom server's guard on a real socket (127.0.0.1, a free port), with a stand-in for Next
 * behind it that answers the way Next does: an empty 405 for a method the route lacks, a 204
 * with `Allow` and no request id for OPTIONS. The Next-backed version is e2e/hardening.spec.ts.
 */
const table = readRouteTable(path.join(process.cwd(), "app"));
const guard = createRequestGuard({ routes: () => table });

function standInForNext(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/echo" || url.pathname === "/v1/echo") {
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify({
        header: req.headers[CLIENT_ADDRESS_HEADER],
        raw: req.rawHeaders,
        key: clientIpFromHeaders(new Headers(req.headers as Record<string, string>)),
      }),
    );
  } else if (req.method === "OPTIONS") {
    res.statusCode = 204;
    res.setHeader("Allow", "GET, HEAD, OPTIONS, POST");
    res.end();
  } else if (req.method === "PUT") {
    res.statusCode = 405;
    res.end();
  } else if (req.method === "DELETE") {
    // As when Next's compression wraps the response: the headers go out before the (empty) body.
    res.statusCode = 405;
    res.writeHead(405);
    res.end();
  } else {
    res.setHeader("content-type", "application/json");
    res.setHeader("x-request-id", "from-the-route");
    res.end("{}");
  }
}

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (!guard(req, res)) standInForNext(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const trusted = globalThis as Record<symbol, unknown>;
afterEach(() => {
  delete trusted[CLIENT_ADDRESS_MARK];
  process.env.TRUST_PROXY = "1";
});

type Answer = { status: number; headers: IncomingMessage["headers"]; text: string; json: any };

function call(method: string, target: string, headers: Record<string, string | string[]> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path: target, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          // not JSON: the text is kept
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the client address", () => {
  it("is the socket's, whatever the client sends in the internal header", async () => {
    const res = await call("GET", "/echo", { [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "X-Tasktide-Client-Address": "198.51.100.1" });
    expect(res.json.header).toBe("127.0.0.1");
    const raw: string[] = res.json.raw;
    expect(raw.filter((_, i) => i % 2 === 0 && raw[i].toLowerCase() === CLIENT_ADDRESS_HEADER)).toHaveLength(1);
    expect(raw).not.toContain("203.0.113.7");
  });

  it("keys the limits by 127.0.0.1 in a process the server marked, and by nothing a client can pick otherwise", async () => {
    process.env.TRUST_PROXY = "0";
    const forged = { [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "192.0.2.1" };
    expect((await call("GET", "/echo", forged)).json.key).toBe("direct");
    markClientAddressTrusted();
    expect((await call("GET", "/echo", forged)).json.key).toBe("127.0.0.1");
    process.env.TRUST_PROXY = "1";
    expect((await call("GET", "/echo", forged)).json.key).toBe("192.0.2.1");
    expect((await call("GET", "/echo", { [CLIENT_ADDRESS_HEADER]: "203.0.113.7" })).json.key).toBe("127.0.0.1");
  });

  it("is the same header the app reads; IPv4-mapped addresses are plain IPv4; IPv6 is keyed by its /64", () => {
    expect(CLIENT_ADDRESS_HEADER).toBe(APP_HEADER);
    expect(normalizeAddress("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8::1");
    markClientAddressTrusted();
    process.env.TRUST_PROXY = "0";
    const key = (address: string) => clientIpFromHeaders(new Headers({ [APP_HEADER]: address }));
    expect(key("2001:db8:1:2:aaaa::1")).toBe(key("2001:db8:1:2:bbbb::2"));
    expect(key("2001:db8:1:2:aaaa::1")).not.toBe(key("2001:db8:1:3::1"));
  });

  it("drops a forged copy from rawHeaders too, even without a socket address", () => {
    const req = {
      headers: { [CLIENT_ADDRESS_HEADER]: "x" },
      rawHeaders: ["X-TASKTIDE-CLIENT-ADDRESS", "x", "Host", "h"],
      socket: {},
    } as unknown as IncomingMessage;
    setClientAddress(req);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBeUndefined();
    expect(req.rawHeaders).toEqual(["Host", "h"]);
  });
});

describe("what Next would fail on", () => {
  const expectEnvelope = (res: Answer, status: number, error: string) => {
    expect(res.status).toBe(status);
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.json).toEqual({ error, message: expect.any(String) });
    expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ERROR_STATUS[error as keyof typeof ERROR_STATUS]).toBe(status);
  };

  it("answers a malformed percent-encoding with 400 invalid_request on /v1, plain 400 elsewhere", async () => {
    for (const target of ["/v1/boards/%zz", "/v1/%E0%A4%A", "/v1/boards/%C0%80?x=1"])
      expectEnvelope(await call("GET", target), 400, "invalid_request");
    expectEnvelope(await call("DELETE", "/v1/boards/%zz"), 400, "invalid_request");
    const page = await call("GET", "/boards/%zz");
    expect(page.status).toBe(400);
    expect(page.headers["content-type"]).toMatch(/^text\/plain/);
  });

  it("answers TRACE and other methods Next does not know: 405 with Allow on a route, 404 on no route, 501 outside /v1", async () => {
    const trace = await call("TRACE", "/v1/boards");
    expectEnvelope(trace, 405, "method_not_allowed");
    expect(trace.headers.allow).toBe("GET, HEAD, OPTIONS, POST");
    expect(trace.json.message).toContain("TRACE");
    const item = await call("PROPFIND", "/v1/checklists/cl_1/items/ci_2");
    expectEnvelope(item, 405, "method_not_allowed");
    expect(item.headers.allow).toBe("DELETE, GET, HEAD, OPTIONS, PATCH");
    expectEnvelope(await call("TRACE", "/v1/nowhere/at/all"), 404, "not_found");
    expect((await call("TRACE", "/")).status).toBe(501);
  });
});

describe("every /v1 answer of Next", () => {
  it("turns Next's empty 405 into the envelope with Allow, whether the body or the headers are written first", async () => {
    for (const method of ["PUT", "DELETE"]) {
      const res = await call(method, "/v1/boards");
      expect(res.status).toBe(405);
      expect(res.json).toEqual({
        error: "method_not_allowed",
        message: `${method} is not allowed on /v1/boards; allowed: GET, HEAD, OPTIONS, POST.`,
      });
      expect(res.headers.allow).toBe("GET, HEAD, OPTIONS, POST");
      expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("gets a request id when Next answered without one, and keeps the route's own", async () => {
    const options = await call("OPTIONS", "/v1/boards");
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe("GET, HEAD, OPTIONS, POST");
    expect(options.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect((await call("GET", "/v1/boards")).headers["x-request-id"]).toBe("from-the-route");
    expect((await call("OPTIONS", "/elsewhere")).headers["x-request-id"]).toBeUndefined();
  });
});

describe("the route table", () => {
  const modules = import.meta.glob<Record<string, unknown>>("/app/v1/**/route.ts", { eager: true });

  it("lists exactly the methods each route file exports, as Next's own OPTIONS answer does", () => {
    expect(table).toHaveLength(Object.keys(modules).length);
    for (const [file, mod] of Object.entries(modules)) {
      const exported = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].filter((m) => typeof mod[m] === "function");
      const allow = new Set([...exported, "OPTIONS", ...(exported.includes("GET") ? ["HEAD"] : [])]);
      const sample = file
        .replace(/^\/app/, "")
        .replace(/\/route\.ts$/, "")
        .replace(/\[\.\.\.\w+\]/, "some/where")
        .replace(/\[\w+\]/g, "x_1");
      const route = findRoute(table, sample);
      expect(route?.allow, `${file} (${sample})`).toBe([...allow].sort().join(", "));
      expect(route?.catchAll, file).toBe(file.includes("[..."));
    }
  });

  it("uses error codes the API defines", () => {
    for (const code of ["invalid_request", "method_not_allowed", "not_found"]) expect(ERROR_CODES).toContain(code);
    expect(ERROR_STATUS.method_not_allowed).toBe(405);
  });
});
