// npm run bench:files — upload and download throughput of one 20 MB file through the real
// /v1/files route handlers behind a plain Node HTTP server on 127.0.0.1 (authentication, the
// streaming multipart parser, size counting, sniffing and the storage adapter included), and the
// process's resident memory while it runs: the file is never held whole, so RSS should stay far
// below baseline + 20 MB. Storage: the disk under a temporary DATA_DIR, or S3 when S3_* are set.
//   BENCH_FILE_MB (default 20), BENCH_ROUNDS (default 3).
// PostgreSQL when DATABASE_URL is set (a throwaway database), otherwise in-memory PGlite.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { signUp } from "@/lib/accounts/sign-up";
import { createBoard } from "@/lib/boards/create-board";
import { createCard } from "@/lib/cards/create-card";
import { createList } from "@/lib/lists/create-list";
import { createToken } from "@/lib/tokens/create-token";
import type { Ctx } from "@/lib/workspaces/context";
import * as contentRoute from "../app/v1/files/[id]/content/route";
import * as filesRoute from "../app/v1/files/route";
import { openBenchDatabase } from "./bench-database";

const MB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_FILE_MB || 20) * MB;
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
process.env.RATE_LIMIT_PER_MINUTE = "100000000";
process.env.APP_SECRET ||= "bench-secret";
process.env.FILE_MAX_BYTES = String(SIZE + MB);
const dataDir = mkdtempSync(path.join(tmpdir(), "tasktide-bench-files-"));
process.env.DATA_DIR = dataDir;

const bench = await openBenchDatabase();

/** Node request → web Request (the body streamed), route → Node response (streamed). */
async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const request = new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // @ts-expect-error Node's fetch needs duplex for a streamed body
    duplex: "half",
  });
  const content = /^\/v1\/files\/([^/]+)\/content$/.exec(url.pathname);
  const response = content
    ? await contentRoute.GET(request, { params: Promise.resolve({ id: content[1] }) })
    : await filesRoute.POST(request);
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  if (response.body) for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  res.end();
}

/** Bytes of a deterministic pattern, produced as they are sent (the client holds no 20 MB either). */
function* pattern(size: number): Generator<Buffer> {
  const block = Buffer.alloc(256 * 1024);
  for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0xff;
  for (let sent = 0; sent < size; sent += block.length) yield block.subarray(0, Math.min(block.length, size - sent));
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    res.statusCode = 500;
    res.end();
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

try {
  const email = `bench.${Date.now()}@example.test`;
  const account = await signUp(bench.db, { name: "Bench", email, password: "bench-password-123" });
  if (!account.ok) throw new Error("sign-up failed");
  const ctx: Ctx = {
    db: bench.db,
    caller: { user: { id: account.userId, name: "Bench", email }, workspaceId: account.workspaceId, role: "owner", via: "session" },
  };
  const board = await createBoard({ ctx, input: { name: "Bench" } });
  const list = await createList({ ctx, input: { board_id: board.id, name: "Files" } });
  const card = await createCard({ ctx, input: { list_id: list.id, title: "Big file" } });
  const { token } = await createToken({ ctx, input: { name: "bench", scope: "read_write" } });
  const auth = { authorization: `Bearer ${token}` };
  const expected = createHash("sha256");
  for (const chunk of pattern(SIZE)) expected.update(chunk);
  const expectedHash = expected.digest("hex");

  global.gc?.();
  const baseline = process.memoryUsage().rss;
  peakRss = baseline;
  const uploads: number[] = [];
  const downloads: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const boundary = "----tasktidebench";
    async function* body() {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="card_id"\r\n\r\n${card.id}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n`,
      );
      yield* pattern(SIZE);
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    let started = performance.now();
    const up = await fetch(`${base}/v1/files`, {
      method: "POST",
      headers: { ...auth, "content-type": `multipart/form-data; boundary=${boundary}` },
      body: Readable.toWeb(Readable.from(body())) as ReadableStream<Uint8Array>,
      // @ts-expect-error Node's fetch needs duplex for a streamed body
      duplex: "half",
    });
    const created = (await up.json()) as { id: string; size: number };
    if (up.status !== 201 || created.size !== SIZE) throw new Error(`upload failed: ${up.status} ${JSON.stringify(created)}`);
    uploads.push(SIZE / MB / ((performance.now() - started) / 1000));

    started = performance.now();
    const down = await fetch(`${base}/v1/files/${created.id}/content`, { headers: auth });
    const hash = createHash("sha256");
    let received = 0;
    for await (const chunk of down.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      received += chunk.length;
    }
    downloads.push(received / MB / ((performance.now() - started) / 1000));
    if (hash.digest("hex") !== expectedHash) throw new Error("downloaded bytes differ from the upload");
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const storage = process.env.S3_BUCKET ? "s3" : "disk";
  console.log(`bench:files — ${SIZE / MB} MB file, ${ROUNDS} rounds, ${storage} storage, ${bench.driver}`);
  console.log(`  upload:   ${median(uploads).toFixed(1)} MB/s (median; ${uploads.map((v) => v.toFixed(1)).join(", ")})`);
  console.log(`  download: ${median(downloads).toFixed(1)} MB/s (median; ${downloads.map((v) => v.toFixed(1)).join(", ")})`);
  console.log(
    `  RSS: ${(baseline / MB).toFixed(0)} MB before, ${(peakRss / MB).toFixed(0)} MB peak (+${((peakRss - baseline) / MB).toFixed(0)} MB; server and client in one process)`,
  );
} finally {
  clearInterval(sampler);
  server.close();
  await bench.close();
  await bench.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
