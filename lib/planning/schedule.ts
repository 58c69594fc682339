import { and, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cardDependencies, cards } from "@/db/schema";
import { serializeCards } from "@/lib/cards/load-card-json";
import type { Caller } from "@/lib/workspaces/context";
import { recordEvents } from "@/lib/events/record-event";
import { forwardPass, SCHEDULING_TYPES, type Moved, type ScheduleCard, type ScheduleEdge } from "./forward-pass";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const UPDATE_CHUNK = 2000;

/** One moved card as schedule.recalculated lists it. */
export type MovedCardJson = {
  card_id: string;
  start_at: { from: string | null; to: string | null };
  due_at: { from: string | null; to: string | null };
};

/**
 * The scheduler: after `from`'s dates changed (or a dependency on it appeared), recomputes the
 * earliest dates of every card downstream of it, in the caller's transaction. Reads the
 * downstream cards with one recursive query, their incoming links and dates with two more, runs
 * the forward pass (lib/planning/forward-pass.ts), writes the moved cards in bulk, and records
 * one schedule.recalculated listing them (old and new dates) plus each moved card's card.updated
 * (changes: start_at and/or due_at). Nothing moved: no event. Returns the moved cards.
 */
export async function reschedule(
  tx: Tx,
  input: { actor: Caller["user"] | null; workspaceId: string; boardId: string; from: string; events?: boolean },
): Promise<MovedCardJson[]> {
  const types = sql.join(
    SCHEDULING_TYPES.map((t) => sql`${t}`),
    sql`, `,
  );
  const downstream = await tx.execute<{ id: string }>(sql`
    with recursive reach(id) as (
      select ${input.from}::text
      union
      select d.card_id from card_dependencies d join reach r on d.depends_on_id = r.id where d.type in (${types})
    )
    select id from reach`);
  const reach = rowsOf<{ id: string }>(downstream).map((r) => r.id);
  if (reach.length <= 1) return [];
  const edgeRows = await tx
    .select({
      cardId: cardDependencies.cardId,
      dependsOnId: cardDependencies.dependsOnId,
      type: cardDependencies.type,
      lagDays: cardDependencies.lagDays,
    })
    .from(cardDependencies)
    .where(and(inArray(cardDependencies.cardId, reach), inArray(cardDependencies.type, [...SCHEDULING_TYPES])));
  const edges = edgeRows as ScheduleEdge[];
  const ids = [...new Set([...reach, ...edges.map((e) => e.dependsOnId)])];
  // The downstream cards are locked: the pass decides their dates from what it reads.
  const cardRows = await tx
    .select({ id: cards.id, startAt: cards.startAt, dueAt: cards.dueAt })
    .from(cards)
    .where(inArray(cards.id, ids))
    .for("update");
  const byId = new Map<string, ScheduleCard>(
    cardRows.map((c) => [c.id, { id: c.id, startAt: c.startAt?.getTime() ?? null, dueAt: c.dueAt?.getTime() ?? null }]),
  );
  const moved = forwardPass(byId, edges, [input.from]);
  if (moved.length === 0) return [];
  await writeDates(tx, moved);
  const list: MovedCardJson[] = moved.map((m) => ({
    card_id: m.id,
    start_at: { from: iso(m.from.startAt), to: iso(m.to.startAt) },
    due_at: { from: iso(m.from.dueAt), to: iso(m.to.dueAt) },
  }));
  if (input.events === false) return list;
  const rows = [];
  for (let i = 0; i < moved.length; i += UPDATE_CHUNK) {
    rows.push(
      ...(await tx
        .select()
        .from(cards)
        .where(
          inArray(
            cards.id,
            moved.slice(i, i + UPDATE_CHUNK).map((m) => m.id),
          ),
        )),
    );
  }
  const json = new Map((await serializeCards(tx, rows)).map((c) => [c.id, c]));
  const base = { workspaceId: input.workspaceId, actor: input.actor };
  await recordEvents(tx, [
    { ...base, boardId: input.boardId, type: "schedule.recalculated", data: { card_id: input.from, moved: list } },
    ...list.map((m) => {
      const card = json.get(m.card_id)!;
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (m.start_at.from !== m.start_at.to) changes.start_at = m.start_at;
      if (m.due_at.from !== m.due_at.to) changes.due_at = m.due_at;
      return { ...base, boardId: card.board_id, type: "card.updated" as const, data: card, changes };
    }),
  ]);
  return list;
}

/** The moved cards' new dates, a chunk of cards per statement. */
async function writeDates(tx: Tx, moved: Moved[]): Promise<void> {
  const now = new Date().toISOString();
  for (let i = 0; i < moved.length; i += UPDATE_CHUNK) {
    const values = sql.join(
      moved.slice(i, i + UPDATE_CHUNK).map((m) => sql`(${m.id}, ${iso(m.to.startAt)}::timestamptz, ${iso(m.to.dueAt)}::timestamptz)`),
      sql`, `,
    );
    await tx.execute(sql`
      update cards set start_at = v.start_at, due_at = v.due_at, updated_at = ${now}::timestamptz
      from (values ${values}) as v(id, start_at, due_at)
      where cards.id = v.id`);
  }
}

/** postgres.js answers rows as an array, PGlite as `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}
