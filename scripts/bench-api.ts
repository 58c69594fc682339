// npm run bench:api — what loading an 800-card board costs the server: the old way (board, lists,
// tags and members at once, then the cards in 8 sequential pages of 100, as the board page used
// to read them) against one GET /v1/boards/{id}/snapshot. Both go through the real route handlers,
// in process (authentication, rate limiting, parsing, serialization included). Prints requests,
// wall time p50/p95 and process CPU per load, and the ratios.
//   BENCH_LISTS (default 4) × BENCH_CARDS (200 per list), BENCH_LOADS (40 of each, after 5 warm-ups).
// PostgreSQL when DATABASE_URL is set (on a throwaway database, created and dropped), otherwise
// in-memory PGlite. On PGlite the database runs in this process, so its CPU is in the figures;
// on PostgreSQL the server's is not.
import { cardAssignees, cards, cardTags, lists, tags } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { createBoard } from "@/lib/boards/create-board";
import { newId } from "@/lib/ids";
import { createToken } from "@/lib/tokens/create-token";
import type { Ctx } from "@/lib/workspaces/context";
import * as boardRoute from "../app/v1/boards/[id]/route";
import * as snapshotRoute from "../app/v1/boards/[id]/snapshot/route";
import * as cardsRoute from "../app/v1/cards/route";
import * as listsRoute from "../app/v1/lists/route";
import * as tagsRoute from "../app/v1/tags/route";
import * as usersRoute from "../app/v1/users/route";
import { openBenchDatabase } from "./bench-database";

const LISTS = Number(process.env.BENCH_LISTS || 4);
const CARDS_PER_LIST = Number(process.env.BENCH_CARDS || 200);
const LOADS = Number(process.env.BENCH_LOADS || 40);
const WARM_UPS = 5;
// Hundreds of requests a second from one token: lift the per-token budget for this throwaway data.
process.env.RATE_LIMIT_PER_MINUTE = "100000000";
process.env.APP_SECRET ||= "bench-secret";

const bench = await openBenchDatabase();
const db = bench.db;

try {
  // A workspace with a few members, a board of LISTS × CARDS_PER_LIST cards, some tagged and assigned.
  const email = `bench.${Date.now()}@example.test`;
  const account = await signUp(db, { name: "Bench", email, password: "bench-password-123" });
  if (!account.ok) throw new Error("sign-up failed");
  const user = { id: account.userId, name: "Bench", email };
  const ctx: Ctx = { db, caller: { user, workspaceId: account.workspaceId, role: "owner", via: "session" } };
  const board = await createBoard({ ctx, input: { name: "Bench board" } });
  const { token } = await createToken({ ctx, input: { name: "bench", scope: "read" } });
  const workspaceId = account.workspaceId;
  const tagIds = Array.from({ length: 6 }, () => newId("tag"));
  await db.insert(tags).values(tagIds.map((id, i) => ({ id, workspaceId, boardId: board.id, name: `Tag ${i}`, color: "#22c55e" })));
  for (let l = 0; l < LISTS; l++) {
    const listId = newId("list");
    await db
      .insert(lists)
      .values({ id: listId, workspaceId, boardId: board.id, name: `List ${l}`, rank: `l${String(l).padStart(4, "0")}` });
    const rows = Array.from({ length: CARDS_PER_LIST }, (_, n) => ({
      id: newId("card"),
      workspaceId,
      boardId: board.id,
      listId,
      title: `Card ${l}.${n}`,
      description: n % 4 === 0 ? "Some **markdown** text for the card, as people write it. ".repeat(4) : "",
      rank: `c${String(n).padStart(6, "0")}`,
      dueAt: n % 5 === 0 ? new Date(Date.now() + n * 86_400_000) : null,
      createdBy: user.id,
    }));
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
  const total = LISTS * CARDS_PER_LIST;

  type Handler = (req: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
  let requests = 0;
  /** One request through a route handler, as Next calls it; the body parsed as the browser would. */
  async function call(handler: Handler, path: string, params: Record<string, string> = {}) {
    requests++;
    const res = await handler(new Request(`http://localhost:3000${path}`, { headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve(params),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  }
  async function allPages(handler: Handler, path: string) {
    const items: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page = await call(handler, `${path}&limit=100${cursor ? `&cursor=${cursor}` : ""}`);
      items.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    return items;
  }

  const ways = {
    // What the browser did: every hook at once, the cards' pages one after another.
    "old (5 endpoints, paged)": async () => {
      const [, , loaded] = await Promise.all([
        call(boardRoute.GET as Handler, `/v1/boards/${board.id}`, { id: board.id }),
        allPages(listsRoute.GET as Handler, `/v1/lists?board_id=${board.id}&archived=false`),
        allPages(cardsRoute.GET as Handler, `/v1/cards?board_id=${board.id}`),
        allPages(tagsRoute.GET as Handler, `/v1/tags?board_id=${board.id}`),
        allPages(usersRoute.GET as Handler, `/v1/users?`),
      ]);
      return loaded.length;
    },
    snapshot: async () =>
      (await call(snapshotRoute.GET as Handler, `/v1/boards/${board.id}/snapshot`, { id: board.id })).cards.length as number,
  };

  type Figures = { requests: number; wall: number[]; cpu: number[] };
  const figures: Record<string, Figures> = {};
  for (const name of Object.keys(ways)) figures[name] = { requests: 0, wall: [], cpu: [] };
  for (let i = 0; i < WARM_UPS; i++) for (const load of Object.values(ways)) await load();
  // Alternate the two, so a busy neighbour on a shared machine costs both alike.
  for (let i = 0; i < LOADS; i++) {
    for (const [name, load] of Object.entries(ways)) {
      const before = requests;
      const cpu = process.cpuUsage();
      const started = performance.now();
      const loaded = await load();
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      if (loaded !== total) throw new Error(`${name} loaded ${loaded} cards, not ${total}`);
      figures[name].requests = requests - before;
      figures[name].wall.push(wall);
      figures[name].cpu.push((used.user + used.system) / 1000);
    }
  }

  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const rows = Object.entries(figures).map(([name, f]) => ({
    name,
    requests: f.requests,
    p50: pct(f.wall, 50),
    p95: pct(f.wall, 95),
    cpu: mean(f.cpu),
  }));
  const [old, snap] = rows;
  console.log(
    `driver: ${bench.driver}; board of ${LISTS} lists × ${CARDS_PER_LIST} cards = ${total}; ${LOADS} loads of each (after ${WARM_UPS} warm-ups), in process through the route handlers`,
  );
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(26) : c.padStart(12))).join(""));
  line(["board load", "requests", "wall p50", "wall p95", "CPU/load"]);
  for (const r of rows) line([r.name, String(r.requests), `${r.p50.toFixed(1)} ms`, `${r.p95.toFixed(1)} ms`, `${r.cpu.toFixed(1)} ms`]);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  line([
    "old ÷ snapshot",
    ratio(old.requests, snap.requests),
    ratio(old.p50, snap.p50),
    ratio(old.p95, snap.p95),
    ratio(old.cpu, snap.cpu),
  ]);
} finally {
  await bench.close();
  await bench.drop();
}
process.exit(0);
