// npm run bench:schedule — the scheduler (lib/planning/schedule.ts) on 10,000 cards with 20,000
// dependencies: a chain through every card (so one change reaches all of them) plus a second,
// random earlier predecessor per card, of every scheduling type with lags from -2 to 3 days.
// Moving the first card a year later moves all the others. Prints:
//   - the forward pass alone, in memory (median of BENCH_RUNS);
//   - the whole recalculation in one transaction on the database (read the graph, pass, write
//     the dates), without events, and with its events (one schedule.recalculated + 9,999
//     card.updated and their deliveries' fan-out), each rolled back so every run starts the same.
//   BENCH_CARDS (10000), BENCH_DEPENDENCIES (20000), BENCH_RUNS (5).
// PostgreSQL when DATABASE_URL is set (a throwaway database, created and dropped), otherwise in-memory PGlite.
import { eq } from "drizzle-orm";
import { cardDependencies, cards } from "@/db/schema";
import { createBoard } from "@/lib/boards/create-board";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { createList } from "@/lib/lists/create-list";
import { forwardPass, SCHEDULING_TYPES, type ScheduleCard, type ScheduleEdge } from "@/lib/planning/forward-pass";
import { reschedule } from "@/lib/planning/schedule";
import { openBenchDatabase, openBenchOwner } from "./bench-database";

const CARDS = Number(process.env.BENCH_CARDS || 10_000);
const DEPENDENCIES = Number(process.env.BENCH_DEPENDENCIES || 20_000);
const RUNS = Number(process.env.BENCH_RUNS || 5);
const DAY = 86_400_000;
const BASE = Date.parse("2026-01-01T00:00:00Z");

let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

class Rollback extends Error {}

const bench = await openBenchDatabase();
const db = bench.db;
try {
  const { ctx, user, workspaceId } = await openBenchOwner(db);
  const board = await createBoard({ ctx, input: { name: "Schedule" } });
  const list = await createList({ ctx, input: { board_id: board.id, name: "Plan" } });

  const ids = Array.from({ length: CARDS }, () => newId("card"));
  for (let i = 0; i < CARDS; i += 1000) {
    await db.insert(cards).values(
      ids.slice(i, i + 1000).map((id, k) => ({
        id,
        workspaceId,
        boardId: board.id,
        listId: list.id,
        title: `Task ${i + k}`,
        rank: id,
        startAt: new Date(BASE),
        dueAt: new Date(BASE + (1 + ((i + k) % 3)) * DAY),
      })),
    );
  }
  const edges: ScheduleEdge[] = [];
  const pairs = new Set<string>();
  const add = (to: number, from: number) => {
    const key = `${to}:${from}`;
    if (to === from || pairs.has(key)) return;
    pairs.add(key);
    edges.push({
      cardId: ids[to],
      dependsOnId: ids[from],
      type: SCHEDULING_TYPES[edges.length % 4],
      lagDays: Math.floor(random() * 6) - 2,
    });
  };
  for (let i = 1; i < CARDS; i++) add(i, i - 1);
  while (edges.length < DEPENDENCIES) {
    const to = 1 + Math.floor(random() * (CARDS - 1));
    add(to, Math.floor(random() * to));
  }
  for (let i = 0; i < edges.length; i += 2000) {
    await db
      .insert(cardDependencies)
      .values(edges.slice(i, i + 2000).map((e) => ({ id: newId("dependency"), workspaceId, boardId: board.id, ...e })));
  }
  console.log(`${CARDS} cards, ${edges.length} dependencies (${bench.url ? "PostgreSQL" : "PGlite"})`);

  // The first card moves a year later; everything downstream follows.
  const moveFirst = (tx: Parameters<Parameters<typeof transact>[1]>[0]) =>
    tx
      .update(cards)
      .set({ startAt: new Date(BASE + 365 * DAY), dueAt: new Date(BASE + 366 * DAY) })
      .where(eq(cards.id, ids[0]));

  const pass: number[] = [];
  let movedInMemory = 0;
  for (let r = 0; r < RUNS; r++) {
    const map = new Map<string, ScheduleCard>(ids.map((id, i) => [id, { id, startAt: BASE, dueAt: BASE + (1 + (i % 3)) * DAY }]));
    map.get(ids[0])!.startAt = BASE + 365 * DAY;
    map.get(ids[0])!.dueAt = BASE + 366 * DAY;
    const t = performance.now();
    movedInMemory = forwardPass(map, edges, [ids[0]]).length;
    pass.push(performance.now() - t);
  }
  console.log(`forward pass in memory:             ${ms(median(pass))} (median of ${RUNS}), ${movedInMemory} cards moved`);

  for (const events of [false, true]) {
    const times: number[] = [];
    let moved = 0;
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      await transact(db, async (tx) => {
        await moveFirst(tx);
        moved = (await reschedule(tx, { actor: user, workspaceId, boardId: board.id, from: ids[0], events })).length;
        times.push(performance.now() - t);
        throw new Rollback();
      }).catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
    }
    const label = events ? "recalculation with its events:     " : "recalculation in a transaction:    ";
    console.log(`${label} ${ms(median(times))} (median of ${RUNS}; min ${ms(Math.min(...times))}), ${moved} cards moved`);
  }
} finally {
  await bench.close();
  await bench.drop();
}
process.exit(0);
