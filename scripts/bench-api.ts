// npm run bench:api — what the API costs the server, over HTTP against the production build
// (scripts/server.mjs, built first when stale), side by side with a bare node:http + postgres.js
// server (scripts/bench-bare-server.mjs) that answers GET card and a list page from the same
// tables with byte-identical JSON. Seeds an 800-card board, then runs rounds that alternate the
// two servers, and prints for each row requests/s, latency p50/p95/p99, the server's CPU per
// operation (utime + stime of its process from /proc/<pid>/stat) and the ratio to the bare server.
//   BENCH_LISTS (4) × BENCH_CARDS (200 per list), BENCH_ROUNDS (3), BENCH_SECONDS (3 per row and
//   round), BENCH_CONCURRENCY (10; board loads use half), BENCH_ONLY (rows whose name contains
//   it), BENCH_GZIP=1 (ask for gzip, as browsers do), BENCH_CPU_PROF=<dir> (Tasktide's server
//   runs under `node --cpu-prof`, its profile written there when the bench stops it).
// PostgreSQL when DATABASE_URL is set (a throwaway database, created and dropped). With
// `--pglite` Tasktide runs on embedded PGlite in a temporary DATA_DIR instead (the bare server,
// which needs PostgreSQL, then runs only when DATABASE_URL is set too, on its own copy).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, mkdtempSync, readdirSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { generateNKeysBetween } from "fractional-indexing";
import { openDatabase, type Database } from "@/db/client";
import { cardAssignees, cards, cardTags, lists, tags } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { createBoard } from "@/lib/boards/create-board";
import { newId } from "@/lib/ids";
import { createToken } from "@/lib/tokens/create-token";
import type { Ctx } from "@/lib/workspaces/context";
import { buildIfStale } from "./build-if-stale.mjs";
import { openBenchDatabase } from "./bench-database";

const LISTS = Number(process.env.BENCH_LISTS || 4);
const CARDS_PER_LIST = Number(process.env.BENCH_CARDS || 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SECONDS = Number(process.env.BENCH_SECONDS || 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 10);
const PGLITE = process.argv.includes("--pglite");
const ONLY = process.env.BENCH_ONLY;
const GZIP = process.env.BENCH_GZIP === "1";
const CPU_PROF = process.env.BENCH_CPU_PROF;
const TICK_MS = 1000 / 100; // USER_HZ: /proc reports CPU in clock ticks of 10 ms on Linux
process.env.APP_SECRET ||= "bench-secret";

if (buildIfStale("bench:api") !== 0) process.exit(1);

/** Seeds a workspace, a read_write token and a board of LISTS × CARDS_PER_LIST cards, some tagged and assigned. */
async function seed(db: Database) {
  const email = `bench.${Date.now()}@example.test`;
  const account = await signUp(db, { name: "Bench", email, password: "bench-password-123" });
  if (!account.ok) throw new Error("sign-up failed");
  const user = { id: account.userId, name: "Bench", email };
  const ctx: Ctx = { db, caller: { user, workspaceId: account.workspaceId, role: "owner", via: "session" } };
  const board = await createBoard({ ctx, input: { name: "Bench board" } });
  const { token } = await createToken({ ctx, input: { name: "bench", scope: "read_write" } });
  const workspaceId = account.workspaceId;
  const tagIds = Array.from({ length: 6 }, () => newId("tag"));
  await db.insert(tags).values(tagIds.map((id, i) => ({ id, workspaceId, boardId: board.id, name: `Tag ${i}`, color: "#22c55e" })));
  // Real fractional-indexing keys, so moves between them work as in the app.
  const ranks = generateNKeysBetween(null, null, Math.max(LISTS, CARDS_PER_LIST));
  const listIds: string[] = [];
  const cardIds: string[] = [];
  for (let l = 0; l < LISTS; l++) {
    const listId = newId("list");
    listIds.push(listId);
    await db.insert(lists).values({ id: listId, workspaceId, boardId: board.id, name: `List ${l}`, rank: ranks[l] });
    const rows = Array.from({ length: CARDS_PER_LIST }, (_, n) => ({
      id: newId("card"),
      workspaceId,
      boardId: board.id,
      listId,
      title: `Card ${l}.${n}`,
      description: n % 4 === 0 ? "Some **markdown** text for the card, as people write it. ".repeat(4) : "",
      rank: ranks[n],
      dueAt: n % 5 === 0 ? new Date(Date.now() + n * 86_400_000) : null,
      createdBy: user.id,
    }));
    cardIds.push(...rows.map((r) => r.id));
    await db.insert(cards).values(rows);
    const tagged = rows.flatMap((card, n) =>
      n % 2 === 0
        ? [
            { cardId: card.id, tagId: tagIds[n % 6] },
            { cardId: card.id, tagId: tagIds[(n + 1) % 6] },
          ]
        : [],
    );
    await db.insert(cardTags).values(tagged);
    const assigned = rows.filter((_, n) => n % 3 === 0).map((card) => ({ cardId: card.id, userId: user.id }));
    await db.insert(cardAssignees).values(assigned);
  }
  return { token, boardId: board.id, listIds, cardIds };
}

const ports = { tasktide: 3900 + Math.floor(Math.random() * 50), bare: 3950 + Math.floor(Math.random() * 50) };
const children: ChildProcess[] = [];
let tmpDir: string | undefined;
let dropDatabase = async () => {};

/** Starts a server and resolves with its pid once it prints its ready line. */
function start(name: string, args: string[], env: Record<string, string | undefined>): Promise<number> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (/ready on/.test(output)) resolve(child.pid!);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`)));
  });
}

/** CPU time (ms) of a process and every process below it, from /proc. */
function cpuMs(rootPid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the name: state(0) ppid(1) … utime(11) stime(12)
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we listed /proc.
    }
  }
  let total = 0;
  const below = (pid: number) => {
    total += stats.get(pid)?.ticks ?? 0;
    for (const [child, s] of stats) if (s.ppid === pid) below(child);
  };
  below(rootPid);
  return total * TICK_MS;
}

type Reply = { status: number; body: string };
function requester(port: number, token: string, concurrency: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  return (method: string, path: string, body?: unknown): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          method,
          path,
          agent,
          headers: {
            authorization: `Bearer ${token}`,
            ...(GZIP ? { "accept-encoding": "gzip" } : {}),
            ...(payload ? { "content-type": "application/json" } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const raw = Buffer.concat(chunks);
            const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
            resolve({ status: res.statusCode!, body: body.toString("utf8") });
          });
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
}
type Send = ReturnType<typeof requester>;

async function ok(send: Send, method: string, path: string, body?: unknown, alsoOk?: number) {
  const reply = await send(method, path, body);
  if (reply.status >= 300 && reply.status !== alsoOk) throw new Error(`${method} ${path}: ${reply.status} ${reply.body}`);
  return reply;
}

try {
  let tasktideEnv: Record<string, string | undefined>;
  let bareUrl: string | undefined;
  let data: Awaited<ReturnType<typeof seed>>;
  if (PGLITE) {
    tmpDir = mkdtempSync(path.join(os.tmpdir(), "tasktide-bench-"));
    const opened = await openDatabase({ dir: path.join(tmpDir, "pglite") });
    data = await seed(opened.db);
    await opened.close();
    tasktideEnv = { DATABASE_URL: undefined, DATA_DIR: tmpDir };
    if (process.env.DATABASE_URL) console.log("--pglite: the bare server is left out (it would need the same rows on PostgreSQL)");
  } else {
    if (!process.env.DATABASE_URL) throw new Error("bench:api needs DATABASE_URL (PostgreSQL), or --pglite");
    const bench = await openBenchDatabase();
    dropDatabase = bench.drop;
    data = await seed(bench.db);
    if (!bench.url) throw new Error("no PostgreSQL database for the bench");
    bareUrl = bench.url;
    await bench.close();
    tasktideEnv = { DATABASE_URL: bench.url };
  }
  const { token, boardId, listIds, cardIds } = data;

  const profile = CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF}`] : [];
  const tasktidePid = await start("tasktide", [...profile, "scripts/server.mjs", "-p", String(ports.tasktide), "-H", "127.0.0.1"], {
    ...tasktideEnv,
    NODE_ENV: "production",
    // Thousands of requests a second from one token: lift the per-token budget for this throwaway data.
    RATE_LIMIT_PER_MINUTE: "100000000",
  });
  const barePid = bareUrl
    ? await start("bare", ["scripts/bench-bare-server.mjs", String(ports.bare)], { DATABASE_URL: bareUrl })
    : undefined;

  const tasktide = requester(ports.tasktide, token, CONCURRENCY);
  const bare = requester(ports.bare, token, CONCURRENCY);
  const listPage = `/v1/cards?list_id=${listIds[0]}&limit=50`;
  const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

  // The comparison is only fair if both answer the same bytes.
  if (barePid) {
    for (const p of [`/v1/cards/${cardIds[3]}`, `/v1/cards/${cardIds[cardIds.length - 1]}`, listPage]) {
      const [a, b] = [await ok(tasktide, "GET", p), await ok(bare, "GET", p)];
      if (a.body !== b.body) throw new Error(`bare server differs on ${p}:\n${a.body.slice(0, 400)}\n${b.body.slice(0, 400)}`);
    }
  }

  let moves = 0;
  const op = {
    "board load (13 requests)": async (send: Send) => {
      const pages = async (p: string) => {
        let cursor: string | null = null;
        do {
          const page = JSON.parse((await ok(send, "GET", `${p}&limit=100${cursor ? `&cursor=${cursor}` : ""}`)).body);
          cursor = page.next_cursor;
        } while (cursor);
      };
      await Promise.all([
        ok(send, "GET", `/v1/boards/${boardId}`),
        pages(`/v1/lists?board_id=${boardId}&archived=false`),
        pages(`/v1/cards?board_id=${boardId}`),
        pages(`/v1/tags?board_id=${boardId}`),
        pages(`/v1/users?`),
      ]);
    },
    "board load (snapshot)": (send: Send) => ok(send, "GET", `/v1/boards/${boardId}/snapshot`),
    "list page (50 cards)": (send: Send) => ok(send, "GET", listPage),
    "GET card": (send: Send) => ok(send, "GET", `/v1/cards/${pick(cardIds)}`),
    "move card": (send: Send) =>
      ok(send, "PATCH", `/v1/cards/${pick(cardIds)}`, { list_id: pick(listIds), position: moves++ % CARDS_PER_LIST }, 409),
    "create card": (send: Send) => ok(send, "POST", "/v1/cards", { list_id: pick(listIds), title: "Bench card" }),
    comment: (send: Send) => ok(send, "POST", "/v1/comments", { card_id: pick(cardIds), body: "A bench comment." }),
  };
  const withBare = new Set(["list page (50 cards)", "GET card"]);
  if (ONLY) for (const name of Object.keys(op)) if (!name.includes(ONLY)) delete op[name as keyof typeof op];

  type Figures = { requests: number; seconds: number; cpuMs: number; latencies: number[] };
  const figures = new Map<string, Figures>();
  /** Runs `run` from `concurrency` workers for SECONDS and adds what it cost to `key`'s figures. */
  async function measure(key: string, pid: number, concurrency: number, run: () => Promise<unknown>) {
    const f = figures.get(key) ?? { requests: 0, seconds: 0, cpuMs: 0, latencies: [] };
    figures.set(key, f);
    const cpuBefore = cpuMs(pid);
    const started = performance.now();
    const until = started + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          const t = performance.now();
          await run();
          f.latencies.push(performance.now() - t);
          f.requests++;
        }
      }),
    );
    f.seconds += (performance.now() - started) / 1000;
    f.cpuMs += cpuMs(pid) - cpuBefore;
  }

  // Warm-up: JIT, Next's route modules, the pools, PostgreSQL's plans.
  for (const [name, run] of Object.entries(op)) {
    const deadline = performance.now() + 1000;
    while (performance.now() < deadline) await run(tasktide);
    if (barePid && withBare.has(name)) for (let i = 0; i < 200; i++) await run(bare);
  }
  // Rounds alternate the servers, so a busy neighbour on a shared machine costs both alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(op)) {
      const concurrency = name.startsWith("board load") ? Math.max(1, CONCURRENCY / 2) : CONCURRENCY;
      await measure(`tasktide ${name}`, tasktidePid, concurrency, () => run(tasktide));
      if (barePid && withBare.has(name)) await measure(`bare ${name}`, barePid, concurrency, () => run(bare));
    }
  }

  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  console.log(
    `Tasktide on ${PGLITE ? "PGlite" : "PostgreSQL"} (production build) vs bare node:http + postgres.js; board of ${LISTS} lists × ${CARDS_PER_LIST} cards; ${ROUNDS} rounds × ${SECONDS} s per row, concurrency ${CONCURRENCY} (board loads ${Math.max(1, CONCURRENCY / 2)}); ${os.cpus().length} cores`,
  );
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(34) : c.padStart(i === 6 ? 12 : 10))).join(""));
  line(["", "rps", "p50", "p95", "p99", "CPU/op", "rps ÷ bare"]);
  const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;
  for (const name of Object.keys(op)) {
    for (const who of ["tasktide", "bare"]) {
      const f = figures.get(`${who} ${name}`);
      if (!f) continue;
      const rps = f.requests / f.seconds;
      const b = figures.get(`bare ${name}`);
      const ratio = who === "tasktide" && b ? `${Math.round((100 * rps) / (b.requests / b.seconds))} %` : "";
      line([
        `${who} ${name}`,
        rps.toFixed(0),
        ms(pct(f.latencies, 50)),
        ms(pct(f.latencies, 95)),
        ms(pct(f.latencies, 99)),
        ms(f.cpuMs / f.requests),
        ratio,
      ]);
    }
  }
} finally {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : undefined)));
  await dropDatabase();
  if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
}
process.exit(0);
