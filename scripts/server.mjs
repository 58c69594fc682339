// The HTTP server of `npm run dev`, `npm start` and the e2e suite: Next's request handler behind
// scripts/request-guard.mjs, which gives the app the client's socket address (route handlers
// cannot see it) and answers in the API's envelope what Next would fail on (docs/decisions.md).
//
//   node scripts/server.mjs [--dev] [-p|--port 3000] [-H|--hostname 0.0.0.0]
//
// PORT sets the port too; without a hostname it listens on every interface, like `next start`.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestGuard, markClientAddressTrusted, readRouteTable } from "./request-guard.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function parseArgs(argv) {
  const options = { dev: false, port: Number(process.env.PORT || 3000), hostname: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === "--dev") options.dev = true;
    else if (name === "-p" || name === "--port") options.port = Number(value());
    else if (name === "-H" || name === "--hostname") options.hostname = value();
    else throw new Error(`server: unknown argument ${arg} (use --dev, -p <port>, -H <hostname>)`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error(`server: invalid port ${options.port}`);
  return options;
}

/** Starts the server; resolves once it listens. SIGINT/SIGTERM close it gracefully. */
export async function startServer({ dev, port, hostname }) {
  process.env.NODE_ENV ??= dev ? "development" : "production";
  // Loaded after NODE_ENV is settled: Next reads it on import.
  const { default: next } = await import("next");
  const server = createServer();
  const app = next({ dev, dir: ROOT, hostname: hostname ?? "localhost", port, httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();
  markClientAddressTrusted();

  // The /v1 route table only words `Allow` headers; development re-reads it as files change.
  let table;
  const routes = () => (dev || !table ? (table = readRouteTable(path.join(ROOT, "app"))) : table);
  const guard = createRequestGuard({ routes });
  server.on("request", (req, res) => {
    if (guard(req, res)) return;
    handle(req, res).catch((error) => {
      console.error("server: request failed", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error\n");
    });
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const shown = hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "localhost";
  console.log(
    `> Tasktide ready on http://${shown.includes(":") ? `[${shown}]` : shown}:${server.address().port} (${dev ? "development" : "production"})`,
  );

  let closing;
  // Graceful shutdown (docs/operations.md): stop accepting, let requests in flight finish while
  // the app stops its background work (the delivery worker finishes its attempts, then releases
  // the leases it still holds), both within SHUTDOWN_TIMEOUT_MS; then close the database.
  const close = () =>
    (closing ??= (async () => {
      const hook = globalThis[Symbol.for("tasktide.shutdown")];
      const timeoutMs = hook?.timeoutMs ?? 25_000;
      const drained = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      // Keep-alive connections go idle as their requests finish: close them as they do.
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
      timer.unref();
      try {
        await Promise.all([drained, hook?.shutdown({ timeoutMs })]);
      } finally {
        clearInterval(idle);
        clearTimeout(timer);
      }
      await hook?.close();
      await app.close();
    })());
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      console.log(`> ${signal}: closing the server`);
      close().then(
        () => {
          console.log("> closed");
          process.exit(0);
        },
        (error) => {
          console.error("server: shutdown failed", error);
          process.exit(1);
        },
      );
    });
  }
  return { server, close };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await startServer(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
