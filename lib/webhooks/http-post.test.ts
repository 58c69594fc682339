import { createServer as createHttpServer } from "node:http";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startReceiver, type WebhookReceiver } from "@/test/support/webhook-receiver";
import { postWebhook, type PostWebhookInput } from "./http-post";
import { decideAfterAttempt, loadWebhookPolicy } from "./policy";
import type { ResolveAll } from "./ssrf-guard";
import { closeTargetAgents } from "./target-agents";

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.stop());
afterEach(async () => {
  await receiver.restart();
  receiver.setMode("ok");
  receiver.clear();
});

const body = JSON.stringify({ id: "evt_1", event: "card.created", data: { title: "Grüße ✓" } });
const post = (overrides: Partial<PostWebhookInput> = {}) =>
  postWebhook({
    url: receiver.url,
    headers: { "Content-Type": "application/json", "User-Agent": "Tasktide-Webhooks/1.0", "X-Webhook-Delivery": "dlv_1" },
    body,
    timeoutMs: 3000,
    allowPrivate: true,
    excerptBytes: 4096,
    ...overrides,
  });
const resolveTo =
  (...addresses: string[]): ResolveAll =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("postWebhook against a real receiver", () => {
  it("ok: sends the exact body and headers and reports 200", async () => {
    const result = await post();
    expect(result).toMatchObject({ status: 200, responseExcerpt: '{"ok":true}', retryAfter: null });
    expect(result.errorKind).toBeUndefined();
    expect(result.responseHeaders?.["content-type"]).toBe("application/json");
    expect(result.durationMs).toBeGreaterThanOrEqual(0);

    const [request] = await receiver.waitFor(1);
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/webhook");
    expect(request.rawBody).toBe(body);
    expect(request.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["user-agent"]).toBe("Tasktide-Webhooks/1.0");
    expect(request.headers["x-webhook-delivery"]).toBe("dlv_1");
    expect(request.headers.host).toBe(`127.0.0.1:${receiver.port}`);
  });

  it("a caller-supplied Content-Length cannot desync the body", async () => {
    await post({ headers: { "content-length": "3" } });
    const [request] = await receiver.waitFor(1);
    expect(request.rawBody).toBe(body);
  });

  it("error: 500 is an http failure with the body excerpt", async () => {
    receiver.setMode("error");
    expect(await post()).toMatchObject({
      status: 500,
      errorKind: "http",
      errorMessage: "HTTP 500",
      responseExcerpt: '{"error":"receiver error"}',
    });
  });

  it("gone: 410 is reported as such (the policy disables the webhook on it)", async () => {
    receiver.setMode("gone");
    const result = await post();
    expect(result).toMatchObject({ status: 410, errorKind: "http" });
    expect(decideAfterAttempt(loadWebhookPolicy({}), { attemptNumber: 1, outcome: result }).kind).toBe("disable_webhook");
  });

  it("rate_limited: 429 carries Retry-After through to the policy", async () => {
    receiver.setMode("rate_limited", { retryAfter: "42" });
    const result = await post();
    expect(result).toMatchObject({ status: 429, errorKind: "http", retryAfter: "42" });
    expect(decideAfterAttempt(loadWebhookPolicy({}), { attemptNumber: 1, outcome: result })).toEqual({
      kind: "retry",
      delayMs: 42_000,
    });
  });

  it("redirect: 302 is a failure and is not followed", async () => {
    receiver.setMode("redirect");
    const result = await post();
    expect(result).toMatchObject({ status: 302, errorKind: "redirect" });
    expect(result.errorMessage).toContain(`http://127.0.0.1:${receiver.port}/redirected`);
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.requests.map((r) => r.path)).toEqual(["/webhook"]);
  });

  it("slow: a response later than timeoutMs is a timeout, and the attempt stops at the deadline", async () => {
    receiver.setMode("slow", { slowMs: 2000 });
    const result = await post({ timeoutMs: 300 });
    expect(result).toMatchObject({ errorKind: "timeout" });
    expect(result.status).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeLessThan(1500);
    const [request] = await receiver.waitFor(1);
    expect((await request.responseDone).completed).toBe(false);
  });

  it("slow but within the timeout succeeds", async () => {
    receiver.setMode("slow", { slowMs: 150 });
    expect(await post({ timeoutMs: 3000 })).toMatchObject({ status: 200 });
  });

  it("huge: reads only excerptBytes and drops the connection instead of buffering megabytes", async () => {
    const hugeBytes = 64 * 1024 * 1024;
    receiver.setMode("huge", { hugeBytes });
    const result = await post({ excerptBytes: 4096 });
    expect(result.status).toBe(200);
    expect(result.errorKind).toBeUndefined();
    expect(result.responseExcerpt).toBe("x".repeat(4096));
    expect(result.durationMs).toBeLessThan(2000);
    const [request] = await receiver.waitFor(1);
    const sent = await request.responseDone;
    expect(sent.completed).toBe(false);
    expect(sent.bytesSent).toBeLessThan(hugeBytes / 2);
  });

  it("flaky: fails the 1st of every N requests, deterministically", async () => {
    receiver.setMode("flaky", { flakyEvery: 3 });
    const statuses: Array<number | undefined> = [];
    for (let i = 0; i < 6; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([500, 200, 200, 500, 200, 200]);
  });

  it("stopped: connection refused is a connection failure; restart() brings the same port back", async () => {
    await receiver.stop();
    const refused = await post();
    expect(refused).toMatchObject({ errorKind: "connection" });
    expect(refused.errorMessage).toMatch(/ECONNREFUSED/);
    expect(refused.status).toBeUndefined();

    await receiver.restart();
    expect(await post()).toMatchObject({ status: 200 });
  });
});

describe("postWebhook address safety", () => {
  it("refuses the loopback receiver when private addresses are not allowed, sending nothing", async () => {
    const result = await post({ allowPrivate: false });
    expect(result).toMatchObject({ errorKind: "blocked_address" });
    expect(result.errorMessage).toMatch(/127\.0\.0\.1/);
    await new Promise((r) => setTimeout(r, 50));
    expect(receiver.requests).toHaveLength(0);
  });

  it("refuses a name with any private answer", async () => {
    const result = await post({
      url: `http://hooks.example.test:${receiver.port}/webhook`,
      allowPrivate: false,
      lookup: resolveTo("93.184.216.34", "127.0.0.1"),
    });
    expect(result).toMatchObject({ errorKind: "blocked_address" });
  });

  it("connects to the checked address and keeps the hostname in Host (no second DNS lookup)", async () => {
    // .invalid never resolves in real DNS: reaching the receiver proves the pinned address was used.
    const result = await post({ url: `http://hooks.invalid:${receiver.port}/webhook?x=1`, lookup: resolveTo("127.0.0.1") });
    expect(result).toMatchObject({ status: 200 });
    const [request] = await receiver.waitFor(1);
    expect(request.headers.host).toBe(`hooks.invalid:${receiver.port}`);
    expect(request.path).toBe("/webhook?x=1");
  });

  it("https: sends the hostname as TLS SNI while connecting to the pinned address", async () => {
    let clientHello = Buffer.alloc(0);
    const tls = createTcpServer((socket) => {
      socket.once("data", (chunk) => {
        clientHello = chunk;
        socket.destroy();
      });
    });
    await new Promise<void>((r) => tls.listen(0, "127.0.0.1", r));
    try {
      const port = (tls.address() as AddressInfo).port;
      const result = await post({ url: `https://hooks.example.test:${port}/webhook`, lookup: resolveTo("127.0.0.1") });
      expect(result).toMatchObject({ errorKind: "connection" });
      expect(clientHello[0]).toBe(0x16); // TLS handshake record
      expect(clientHello.includes(Buffer.from("hooks.example.test"))).toBe(true);
    } finally {
      tls.close();
    }
  });
});

describe("postWebhook failure reporting", () => {
  it("a receiver that sends 200 then stalls its body still counts as answered at the deadline", async () => {
    const stalling = createHttpServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.write("accepted, still thinking");
    });
    await new Promise<void>((r) => stalling.listen(0, "127.0.0.1", r));
    try {
      const port = (stalling.address() as AddressInfo).port;
      const result = await post({ url: `http://127.0.0.1:${port}/`, timeoutMs: 300 });
      expect(result).toMatchObject({ status: 200, responseExcerpt: "accepted, still thinking" });
      expect(result.errorKind).toBeUndefined();
      expect(result.durationMs).toBeLessThan(1500);
    } finally {
      stalling.closeAllConnections();
      stalling.close();
    }
  });

  it("DNS that never answers is bounded by the same timeout", async () => {
    const result = await post({ url: "http://hang.example.test/", timeoutMs: 200, lookup: () => new Promise(() => {}) });
    expect(result).toMatchObject({ errorKind: "timeout" });
    expect(result.durationMs).toBeLessThan(1000);
  });

  it("a name that does not resolve is a connection failure", async () => {
    const notFound: ResolveAll = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND nope.example.test"), { code: "ENOTFOUND" });
    };
    expect(await post({ url: "http://nope.example.test/", lookup: notFound })).toMatchObject({
      errorKind: "connection",
      errorMessage: "getaddrinfo ENOTFOUND nope.example.test",
    });
  });

  it.each(["not a url", "ftp://example.com/file"])("never throws, even for %j", async (url) => {
    const result = await post({ url });
    expect(result.errorKind).toBe("connection");
    expect(result.errorMessage).toBeTruthy();
  });
});

describe("keep-alive connections, pinned to the checked address", () => {
  // A receiver that notes which connection (and which of its local addresses) each request used.
  const seen: { socket: string; localAddress: string }[] = [];
  const server = createHttpServer((req, res) => {
    seen.push({ socket: `${req.socket.remoteAddress}:${req.socket.remotePort}`, localAddress: String(req.socket.localAddress) });
    req.resume().on("end", () => res.writeHead(200).end("ok"));
  });
  let port = 0;
  beforeAll(async () => {
    // 0.0.0.0 so that both 127.0.0.1 and 127.0.0.2 (loopback on Linux) reach it.
    await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    closeTargetAgents();
    server.close();
  });
  afterEach(() => {
    seen.length = 0;
    closeTargetAgents();
  });

  it("consecutive attempts to one target reuse one connection", async () => {
    for (let i = 0; i < 5; i++) expect(await post({ url: `http://127.0.0.1:${port}/hook` })).toMatchObject({ status: 200 });
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((s) => s.socket)).size).toBe(1);
  });

  it("when DNS answers another address, the next attempt opens a connection to that address", async () => {
    const url = `http://hooks.invalid:${port}/hook`;
    await post({ url, lookup: resolveTo("127.0.0.1") });
    await post({ url, lookup: resolveTo("127.0.0.1") });
    await post({ url, lookup: resolveTo("127.0.0.2") });
    await post({ url, lookup: resolveTo("127.0.0.2") });
    expect(seen.map((s) => s.localAddress)).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.2", "127.0.0.2"]);
    expect(new Set(seen.map((s) => s.socket)).size).toBe(2);
  });

  it("every attempt is checked again: an open pooled connection does not let a blocked address through", async () => {
    const url = `http://127.0.0.1:${port}/hook`;
    expect(await post({ url })).toMatchObject({ status: 200 });
    expect(await post({ url, allowPrivate: false })).toMatchObject({ errorKind: "blocked_address" });
    const name = `http://hooks.invalid:${port}/hook`;
    expect(await post({ url: name, lookup: resolveTo("127.0.0.1") })).toMatchObject({ status: 200 });
    expect(await post({ url: name, allowPrivate: false, lookup: resolveTo("127.0.0.1") })).toMatchObject({ errorKind: "blocked_address" });
    expect(seen).toHaveLength(2);
  });

  it("a connection cut short (an excerpt-sized read of a longer body) is not reused", async () => {
    const url = `http://127.0.0.1:${port}/hook`;
    await post({ url, excerptBytes: 1 }); // "ok" is longer than 1 byte: the read stops, the socket is dropped
    await post({ url });
    expect(new Set(seen.map((s) => s.socket)).size).toBe(2);
  });
});
