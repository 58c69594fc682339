// A real HTTP webhook receiver on 127.0.0.1 for tests: records every request it gets and answers
// according to a mode, so delivery code is exercised over real sockets instead of a mocked HTTP
// layer. Senders must run with private addresses allowed (WEBHOOKS_ALLOW_PRIVATE=1 / allowPrivate).
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type ReceiverMode =
  | "ok" // 200
  | "error" // 500
  | "slow" // 200, but only after slowMs
  | "gone" // 410
  | "rate_limited" // 429 with Retry-After
  | "redirect" // 302 to redirectTo (default: this receiver's /redirected, so a follow would show up)
  | "huge" // 200 streaming hugeBytes of body
  | "flaky"; // 500 on the 1st, (N+1)th, (2N+1)th… request in this mode, 200 otherwise

export interface ReceiverOptions {
  slowMs: number;
  retryAfter: string;
  flakyEvery: number;
  hugeBytes: number;
  redirectTo?: string;
}

export interface ResponseSummary {
  status: number;
  bytesSent: number;
  /** False when the client went away before the whole response was written. */
  completed: boolean;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  receivedAt: Date;
  mode: ReceiverMode;
  /** Settles when this request's response has finished or its connection closed. */
  responseDone: Promise<ResponseSummary>;
}

export interface WebhookReceiver {
  /** The endpoint to register: http://127.0.0.1:<port>/webhook */
  url: string;
  port: number;
  requests: ReceivedRequest[];
  setMode(mode: ReceiverMode, options?: Partial<ReceiverOptions>): void;
  /** Resolves once at least n requests were received; rejects after timeoutMs. */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  /** Forgets recorded requests and the flaky counter. */
  clear(): void;
  /** Closes the port: senders now get ECONNREFUSED. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

const DEFAULTS: ReceiverOptions = { slowMs: 2000, retryAfter: "7", flakyEvery: 3, hugeBytes: 32 * 1024 * 1024 };
const HUGE_CHUNK = Buffer.alloc(64 * 1024, "x");

export async function startReceiver(
  initialMode: ReceiverMode = "ok",
  initialOptions: Partial<ReceiverOptions> = {},
): Promise<WebhookReceiver> {
  let mode = initialMode;
  let options: ReceiverOptions = { ...DEFAULTS, ...initialOptions };
  let flakyCount = 0;
  const requests: ReceivedRequest[] = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const summary = trackResponse(res, req.socket);
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        rawBody: Buffer.concat(chunks).toString("utf8"),
        receivedAt: new Date(),
        mode,
        responseDone: summary,
      });
      waiters.forEach((wake) => wake());
      respond(res, mode === "flaky" ? (flakyCount++ % options.flakyEvery === 0 ? "error" : "ok") : mode);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  function respond(res: ServerResponse, how: Exclude<ReceiverMode, "flaky">) {
    switch (how) {
      case "ok":
        return sendJson(res, 200, { ok: true });
      case "error":
        return sendJson(res, 500, { error: "receiver error" });
      case "gone":
        return sendJson(res, 410, { error: "gone" });
      case "rate_limited":
        res.setHeader("Retry-After", options.retryAfter);
        return sendJson(res, 429, { error: "slow down" });
      case "redirect":
        res.setHeader("Location", options.redirectTo ?? `http://127.0.0.1:${port}/redirected`);
        return sendJson(res, 302, { moved: true });
      case "slow": {
        const timer = setTimeout(() => sendJson(res, 200, { ok: true, slow: true }), options.slowMs);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      case "huge":
        return streamHuge(res, options.hugeBytes);
    }
  }

  const port = await listen(server, 0);
  const receiver: WebhookReceiver = {
    url: `http://127.0.0.1:${port}/webhook`,
    port,
    requests,
    setMode(next, nextOptions = {}) {
      mode = next;
      options = { ...options, ...nextOptions };
      flakyCount = 0;
    },
    waitFor(n, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (requests.length < n) return;
          cleanup();
          resolve(requests.slice());
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`receiver got ${requests.length} of ${n} requests within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    clear() {
      requests.length = 0;
      flakyCount = 0;
    },
    async stop() {
      if (!server.listening) return;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      sockets.forEach((socket) => socket.destroy());
      await closed;
    },
    async restart() {
      if (!server.listening) await listen(server, port);
    },
  };
  return receiver;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host: "127.0.0.1", port }, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  if (res.destroyed) return;
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

// Bytes the server handed to the socket for this response (headers included), read when the
// response closes; a client that stops reading early shows up as completed: false.
function trackResponse(res: ServerResponse, socket: Socket): Promise<ResponseSummary> {
  const before = socket.bytesWritten;
  return new Promise((resolve) => {
    res.on("close", () => resolve({ status: res.statusCode, bytesSent: socket.bytesWritten - before, completed: res.writableFinished }));
  });
}

// Writes `total` bytes honouring backpressure, and stops as soon as the client goes away, so the
// bytes written measure how much the client was actually willing to take.
function streamHuge(res: ServerResponse, total: number) {
  res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": String(total) });
  let remaining = total;
  const pump = () => {
    while (remaining > 0 && !res.destroyed) {
      const chunk = remaining >= HUGE_CHUNK.length ? HUGE_CHUNK : HUGE_CHUNK.subarray(0, remaining);
      remaining -= chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    if (remaining === 0 && !res.destroyed) res.end();
  };
  pump();
}
