import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { closeDatabase, getDb, openDatabase, setDatabase } from "@/db/client";
import { api, type ApiResponse } from "../support/api";
import { makeBoard, makeCard, makeList } from "../support/board-content";
import { createUser, type TestUser } from "../support/factories";

// A PostgreSQL cluster of our own, restarted under load: never the shared server of DATABASE_URL.
const BIN = "/usr/lib/postgresql/15/bin";
const OS_USER = "tasktide-pgtest";
const haveBinaries = ["initdb", "pg_ctl", "postgres"].every((b) => fs.existsSync(path.join(BIN, b)));
if (!haveBinaries) console.warn(`postgres-restart: skipped, the PostgreSQL 15 binaries are not in ${BIN}`);

let root = "";
let dataDir = "";
let port = 0;
let owner = { uid: 0, gid: 0 };
let alice: TestUser;
let listId = "";
const cardIds: string[] = [];
const faults: string[] = [];
const onUncaught = (error: unknown) => faults.push(`uncaughtException: ${String((error as Error)?.stack ?? error)}`);
const onUnhandled = (error: unknown) => faults.push(`unhandledRejection: ${String((error as Error)?.stack ?? error)}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Asynchronous, so requests keep running while pg_ctl waits; the log file keeps the server off our pipes.
async function pgCtl(action: "start" | "stop" | "restart", mode = "fast"): Promise<void> {
  const options =
    action === "stop"
      ? []
      : ["-l", path.join(root, "server.log"), "-o", `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`];
  await promisify(execFile)(path.join(BIN, "pg_ctl"), ["-D", dataDir, "-w", "-m", mode, ...options, action], { ...owner, timeout: 60_000 });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port: p } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return p;
}

function ensureOsUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, OS_USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("useradd", ["-r", "-M", "-s", "/usr/sbin/nologin", OS_USER], { stdio: "pipe" });
    return { uid: id("-u"), gid: id("-g") };
  }
}

type Outcome = { what: string; status: number; ms: number; retryAfter: string | null; body: unknown };

async function timed(what: string, call: () => Promise<ApiResponse>): Promise<Outcome> {
  const started = performance.now();
  const res = await call();
  return { what, status: res.status, ms: performance.now() - started, retryAfter: res.headers.get("retry-after"), body: res.body };
}

/** One client writing and reading in a loop until `until()` says stop. */
async function client(n: number, until: () => boolean, out: Outcome[]) {
  for (let i = 0; !until(); i++) {
    const id = cardIds[(n + i) % cardIds.length];
    out.push(await timed("PATCH card", () => api("PATCH", `/v1/cards/${id}`, { as: alice, body: { title: `t${n}-${i}` } })));
    out.push(await timed("POST card", () => api("POST", "/v1/cards", { as: alice, body: { list_id: listId, title: `new ${n}-${i}` } })));
    out.push(await timed("GET cards", () => api("GET", `/v1/cards?list_id=${listId}&limit=5`, { as: alice })));
  }
}

function expectOnlyOkOrUnavailable(outcomes: Outcome[]) {
  for (const o of outcomes) {
    const label = `${o.what} → ${o.status} in ${Math.round(o.ms)} ms: ${JSON.stringify(o.body)}`;
    expect(o.ms, label).toBeLessThan(5_000);
    if (o.status >= 300) {
      expect(o.status, label).toBe(503);
      expect(o.retryAfter, label).toMatch(/^\d+$/);
      expect((o.body as { error: string }).error, label).toBe("unavailable");
    }
  }
}

describe.skipIf(!haveBinaries)("PostgreSQL restart", () => {
  beforeAll(async () => {
    process.on("uncaughtException", onUncaught);
    process.on("unhandledRejection", onUnhandled);
    process.env.RATE_LIMIT_PER_MINUTE = "1000000";
    owner = ensureOsUser();
    root = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-pg-"));
    dataDir = path.join(root, "data");
    fs.chownSync(root, owner.uid, owner.gid);
    execFileSync(path.join(BIN, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], {
      ...owner,
      stdio: "pipe",
      timeout: 120_000,
    });
    port = await freePort();
    await pgCtl("start");
    // The file's default database (PGlite or DATABASE_URL) is swapped for one on our cluster.
    await closeDatabase();
    setDatabase(await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/postgres`, poolMax: 4 }));
    alice = await createUser({ name: "Alice Restart" });
    const board = await makeBoard(alice);
    listId = (await makeList(alice, board.id)).id;
    for (let i = 0; i < 4; i++) cardIds.push((await makeCard(alice, listId, `Card ${i}`)).id);
  }, 180_000);

  afterAll(async () => {
    await closeDatabase().catch(() => {});
    if (dataDir && fs.existsSync(path.join(dataDir, "postmaster.pid"))) {
      await pgCtl("stop", "immediate").catch(() => {});
    }
    if (root) fs.rmSync(root, { recursive: true, force: true });
    delete process.env.RATE_LIMIT_PER_MINUTE;
    process.off("uncaughtException", onUncaught);
    process.off("unhandledRejection", onUnhandled);
  });

  it("a fast restart under writes: every answer is 2xx or 503 + Retry-After within seconds, and it recovers by itself", async () => {
    const db = await getDb();
    // Transactions caught by the shutdown: one in a query, one idle between two queries.
    const busy = db.transaction(async (tx) => {
      await tx.execute(sql`select pg_sleep(3)`);
    });
    let restarted = false;
    const idle = db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      while (!restarted) await sleep(20);
      await tx.execute(sql`select 2`);
    });
    const settled = [busy, idle].map((p) =>
      p.then(
        () => "committed",
        (e: Error) => `failed: ${e.message}`,
      ),
    );

    const outcomes: Outcome[] = [];
    let stop = false;
    const clients = Array.from({ length: 4 }, (_, n) => client(n, () => stop, outcomes));
    await sleep(1_000);
    const started = performance.now();
    await pgCtl("restart");
    const restartMs = performance.now() - started;
    restarted = true;
    await sleep(3_000);
    stop = true;
    await Promise.all(clients);

    expect(restartMs).toBeLessThan(10_000);
    expectOnlyOkOrUnavailable(outcomes);
    expect(outcomes.filter((o) => o.status < 300).length).toBeGreaterThan(10);
    // The last round of every client, well after the restart, succeeded.
    expect(outcomes.slice(-6).map((o) => o.status)).toEqual(outcomes.slice(-6).map((o) => (o.what === "POST card" ? 201 : 200)));
    const [busyResult, idleResult] = await Promise.race([Promise.all(settled), sleep(5_000).then(() => ["hung", "hung"])]);
    expect(busyResult).toMatch(/^failed/);
    expect(idleResult).toMatch(/^failed/);

    // A fresh round after the restart, with no manual step.
    const after = await timed("GET cards", () => api("GET", `/v1/cards?list_id=${listId}&limit=5`, { as: alice }));
    expect(after.status).toBe(200);
    expect(after.ms).toBeLessThan(2_000);
    await sleep(100); // an immediate that throws would fire here
    expect(faults).toEqual([]);
  }, 60_000);

  it("while the server is stopped: health says the database is down, the API answers 503 + Retry-After, and both recover", async () => {
    expect((await health()).status).toBe(200);
    await pgCtl("stop");
    try {
      const started = performance.now();
      const down = await health();
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: "unavailable", database: { status: "down" } });

      const outcomes = [
        await timed("GET cards", () => api("GET", `/v1/cards?list_id=${listId}&limit=5`, { as: alice })),
        await timed("PATCH card", () => api("PATCH", `/v1/cards/${cardIds[0]}`, { as: alice, body: { title: "while down" } })),
      ];
      expectOnlyOkOrUnavailable(outcomes);
      expect(outcomes.map((o) => o.status)).toEqual([503, 503]);
    } finally {
      await pgCtl("start");
    }
    const started = performance.now();
    let res = await api("GET", `/v1/cards?list_id=${listId}&limit=5`, { as: alice });
    while (res.status !== 200 && performance.now() - started < 5_000) {
      await sleep(100);
      res = await api("GET", `/v1/cards?list_id=${listId}&limit=5`, { as: alice });
    }
    expect(res.status).toBe(200);
    expect((await api("PATCH", `/v1/cards/${cardIds[0]}`, { as: alice, body: { title: "back" } })).status).toBe(200);
    const up = await health();
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: "ok", database: { driver: "postgres", status: "up" } });
    await sleep(100);
    expect(faults).toEqual([]);
  }, 60_000);
});
