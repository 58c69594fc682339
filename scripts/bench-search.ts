// npm run bench:search — search and filtered lists on a 20,000-card workspace, through the real
// route handlers in process: GET /v1/search for a few kinds of query (a common word, a rare one,
// two words, a word found only in comments, a typo, with a filter) and GET /v1/cards?q= for
// filter-language queries. Prints p50/p95 wall time per query.
//   BENCH_CARDS (default 20000), BENCH_RUNS (40 per query, after 5 warm-ups).
// PostgreSQL when DATABASE_URL is set (a throwaway database, created and dropped), otherwise
// in-memory PGlite. The aim (issue #15) is p95 under 50 ms on PostgreSQL.
import { sql } from "drizzle-orm";
import { cardAssignees, cards, cardTags, checklistItems, checklists, comments, lists, tags } from "@/db/schema";
import { PgDialect } from "drizzle-orm/pg-core";
import { signUp } from "@/lib/accounts/sign-up";
import { searchPlan, TYPO_THRESHOLD } from "@/lib/search/search-cards";
import { createBoard } from "@/lib/boards/create-board";
import { newId } from "@/lib/ids";
import { createToken } from "@/lib/tokens/create-token";
import type { Ctx } from "@/lib/workspaces/context";
import * as cardsRoute from "../app/v1/cards/route";
import * as searchRoute from "../app/v1/search/route";
import { openBenchDatabase } from "./bench-database";

const TOTAL = Number(process.env.BENCH_CARDS || 20_000);
const RUNS = Number(process.env.BENCH_RUNS || 40);
const WARM_UPS = 5;
const BOARDS = 10;
const LISTS_PER_BOARD = 4;
process.env.RATE_LIMIT_PER_MINUTE = "100000000";
process.env.APP_SECRET ||= "bench-secret";

// A small deterministic vocabulary: common words repeat a lot, "rare" ones seldom.
const COMMON =
  "design review release invoice customer login page update bug fix api mobile report budget plan team launch docs test deploy".split(" ");
const RARE = "pelican quasar zeppelin marmalade obsidian".split(" ");
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
const words = (n: number) => Array.from({ length: n }, () => (random() < 0.002 ? pick(RARE) : pick(COMMON))).join(" ");

const bench = await openBenchDatabase();
const db = bench.db;
try {
  const email = `bench.${Date.now()}@example.test`;
  const account = await signUp(db, { name: "Bench", email, password: "bench-password-123" });
  if (!account.ok) throw new Error("sign-up failed");
  const user = { id: account.userId, name: "Bench", email };
  const workspaceId = account.workspaceId;
  const ctx: Ctx = { db, caller: { user, workspaceId, role: "owner", via: "session" } };
  const { token } = await createToken({ ctx, input: { name: "bench", scope: "read" } });
  const perList = Math.ceil(TOTAL / (BOARDS * LISTS_PER_BOARD));
  let made = 0;
  const started = performance.now();
  for (let b = 0; b < BOARDS; b++) {
    const board = await createBoard({ ctx, input: { name: `Board ${b}` } });
    const tagIds = ["design", "blocked", "backend", "frontend"].map(() => newId("tag"));
    await db.insert(tags).values(
      tagIds.map((id, i) => ({
        id,
        workspaceId,
        boardId: board.id,
        name: ["design", "blocked", "backend", "frontend"][i],
        color: "#22c55e",
      })),
    );
    for (let l = 0; l < LISTS_PER_BOARD; l++) {
      const listId = newId("list");
      await db
        .insert(lists)
        .values({ id: listId, workspaceId, boardId: board.id, name: ["Todo", "Doing", "In review", "Done"][l], rank: `l${l}` });
      const rows = Array.from({ length: Math.min(perList, TOTAL - made) }, (_, n) => ({
        id: newId("card"),
        workspaceId,
        boardId: board.id,
        listId,
        title: `${words(3)} ${n}`,
        description: n % 2 === 0 ? words(25) : "",
        rank: `c${String(n).padStart(6, "0")}`,
        dueAt: n % 5 === 0 ? new Date(Date.now() + ((n % 30) - 10) * 86_400_000) : null,
        completed: l === 3,
        createdBy: user.id,
      }));
      made += rows.length;
      for (let i = 0; i < rows.length; i += 500) await db.insert(cards).values(rows.slice(i, i + 500));
      const tagged = rows.filter((_, n) => n % 3 === 0).map((card, n) => ({ cardId: card.id, tagId: tagIds[n % 4] }));
      if (tagged.length) await db.insert(cardTags).values(tagged);
      const assigned = rows.filter((_, n) => n % 4 === 0).map((card) => ({ cardId: card.id, userId: user.id }));
      if (assigned.length) await db.insert(cardAssignees).values(assigned);
      // One comment on every second card, a checklist with two items on every fifth.
      const commentRows = rows
        .filter((_, n) => n % 2 === 1)
        .map((card) => ({ id: newId("comment"), workspaceId, cardId: card.id, authorId: user.id, body: words(15) }));
      for (let i = 0; i < commentRows.length; i += 500) await db.insert(comments).values(commentRows.slice(i, i + 500));
      const lists5 = rows
        .filter((_, n) => n % 5 === 0)
        .map((card) => ({ id: newId("checklist"), workspaceId, cardId: card.id, title: "Steps" }));
      if (lists5.length) {
        await db.insert(checklists).values(lists5);
        await db
          .insert(checklistItems)
          .values(
            lists5.flatMap((c) =>
              [0, 1].map((position) => ({ id: newId("checklistItem"), workspaceId, checklistId: c.id, text: words(4), position })),
            ),
          );
      }
    }
  }
  // A comment-only word, to measure a search whose hits come from comments.
  await db.execute(sql`update comments set body = body || ' flamingo' where id in (select id from comments order by id limit 40)`);
  await db.execute(sql`analyze`);
  console.log(`seeded ${made} cards on ${BOARDS} boards in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // BENCH_EXPLAIN="some words": the search statement's plan (PostgreSQL), to see where time goes.
  if (process.env.BENCH_EXPLAIN && bench.driver === "postgres") {
    const plan = searchPlan(ctx, { q: process.env.BENCH_EXPLAIN, limit: 20 })!;
    const statement = plan.ranked([], 0);
    const { sql: text, params } = new PgDialect().sqlToQuery(statement);
    const client = (db as unknown as { $client: { unsafe: (q: string, p: unknown[]) => Promise<{ "QUERY PLAN": string }[]> } }).$client;
    await client.unsafe(`set pg_trgm.word_similarity_threshold = ${TYPO_THRESHOLD}`, []);
    for (const row of await client.unsafe(`explain (analyze, buffers) ${text}`, params)) console.log(row["QUERY PLAN"]);
  }
  type Handler = (req: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
  async function call(handler: Handler, path: string) {
    const res = await handler(new Request(`http://localhost:3000${path}`, { headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({}),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()).items.length as number;
  }
  const search = (query: Record<string, string>) => () => call(searchRoute.GET as Handler, `/v1/search?${new URLSearchParams(query)}`);
  const list = (q: string) => () => call(cardsRoute.GET as Handler, `/v1/cards?${new URLSearchParams({ q, limit: "50" })}`);
  const cases: [string, () => Promise<number>][] = [
    ["search: common word", search({ q: "invoice" })],
    ["search: rare word", search({ q: "zeppelin" })],
    ["search: two words", search({ q: "design budget" })],
    ["search: prefix (typing)", search({ q: "depl" })],
    ["search: comments only", search({ q: "flamingo" })],
    ["search: typo", search({ q: "custmer" })],
    ["search: with filter", search({ q: "release", filter: "tag:design is:open" })],
    ["list: tag:design is:open", list("tag:design is:open")],
    ["list: assignee:me due:<7d", list("assignee:me due:<7d")],
    ['list: list:"In review" -tag:blocked', list('list:"In review" -tag:blocked')],
    ["list: due:overdue OR tag:blocked", list("due:overdue OR tag:blocked")],
    ["list: free word", list("zeppelin")],
  ];
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  console.log(
    `driver: ${bench.driver}; ${made} cards; ${RUNS} runs per query (after ${WARM_UPS} warm-ups), in process through the route handlers`,
  );
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(40) : c.padStart(11))).join(""));
  line(["query", "hits", "p50", "p95"]);
  for (const [name, run] of cases) {
    for (let i = 0; i < WARM_UPS; i++) await run();
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      hits = await run();
      times.push(performance.now() - t);
    }
    line([name, String(hits), `${pct(times, 50).toFixed(1)} ms`, `${pct(times, 95).toFixed(1)} ms`]);
  }
} finally {
  await bench.close();
  await bench.drop();
}
process.exit(0);
