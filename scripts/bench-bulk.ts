// npm run bench:bulk — POST /v1/cards/bulk on 1,000 cards through the real route handler: a move
// of all of them to another list, then setting a tag on all of them, each timed (server time: the
// handler's wall time in this process) with the events it recorded per second. Cards are seeded
// as rows (the bench measures the bulk action, not card creation). BENCH_CARDS (default 1000),
// BENCH_ROUNDS (default 3). PostgreSQL when DATABASE_URL is set (a throwaway database), else PGlite.
import { count } from "drizzle-orm";
import { generateNKeysBetween } from "fractional-indexing";
import { cards, events } from "@/db/schema";
import { createBoard } from "@/lib/boards/create-board";
import { newId } from "@/lib/ids";
import { createList } from "@/lib/lists/create-list";
import { createTag } from "@/lib/tags/create-tag";
import { createToken } from "@/lib/tokens/create-token";
import * as bulkRoute from "../app/v1/cards/bulk/route";
import { openBenchDatabase, openBenchOwner } from "./bench-database";

const CARDS = Number(process.env.BENCH_CARDS || 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
process.env.RATE_LIMIT_PER_MINUTE = "100000000";
process.env.APP_SECRET ||= "bench-secret";

const bench = await openBenchDatabase();
const { db } = bench;
try {
  const { ctx, workspaceId } = await openBenchOwner(db);
  const { token } = await createToken({ ctx, input: { name: "bench", scope: "read_write" } });
  const board = await createBoard({ ctx, input: { name: "Bulk" } });
  const from = await createList({ ctx, input: { board_id: board.id, name: "From" } });
  const to = await createList({ ctx, input: { board_id: board.id, name: "To" } });
  const tag = await createTag({ ctx, input: { board_id: board.id, name: "bulk", color: "#22c55e" } });
  const ranks = generateNKeysBetween(null, null, CARDS);
  const ids = ranks.map(() => newId("card"));
  for (let i = 0; i < CARDS; i += 500) {
    await db.insert(cards).values(
      ids.slice(i, i + 500).map((id, j) => ({
        id,
        workspaceId: workspaceId,
        boardId: board.id,
        listId: from.id,
        title: `Card ${i + j}`,
        rank: ranks[i + j],
      })),
    );
  }
  const eventCount = async () => (await db.select({ n: count() }).from(events))[0].n;
  const call = async (body: unknown) => {
    const request = new Request("http://127.0.0.1/v1/cards/bulk", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const before = await eventCount();
    const started = performance.now();
    const response = await bulkRoute.POST(request);
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`bulk: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    return { ms, events: (await eventCount()) - before };
  };
  const driver = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";
  console.log(`bench:bulk — ${CARDS} cards, ${driver}, ${ROUNDS} rounds`);
  for (let round = 1; round <= ROUNDS; round++) {
    const target = round % 2 === 1 ? to.id : from.id;
    const move = await call({ card_ids: ids, action: "move", list_id: target });
    const tagged = await call({ card_ids: ids, action: round % 2 === 1 ? "add_tags" : "remove_tags", tag_ids: [tag.id] });
    for (const [name, r] of [
      ["move", move],
      ["tag", tagged],
    ] as const) {
      console.log(
        `round ${round}  ${name.padEnd(4)}  ${(r.ms / 1000).toFixed(2)} s  ${r.events} events  ${Math.round(r.events / (r.ms / 1000))} events/s`,
      );
    }
  }
} finally {
  await bench.close();
  await bench.drop();
}
