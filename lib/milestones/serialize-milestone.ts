import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards, type Milestone } from "@/db/schema";
import type { MilestoneJson, MilestoneProgress } from "./schemas";

const NO_PROGRESS: MilestoneProgress = { cards_total: 0, cards_done: 0, time_logged_seconds: 0 };

export function serializeMilestone(milestone: Milestone, progress: MilestoneProgress): MilestoneJson {
  return {
    id: milestone.id,
    workspace_id: milestone.workspaceId,
    board_id: milestone.boardId,
    name: milestone.name,
    description: milestone.description,
    due_at: milestone.dueAt ? milestone.dueAt.toISOString() : null,
    status: milestone.status as MilestoneJson["status"],
    completed_at: milestone.completedAt ? milestone.completedAt.toISOString() : null,
    position: milestone.position,
    progress,
    created_at: milestone.createdAt.toISOString(),
    updated_at: milestone.updatedAt.toISOString(),
  };
}

/** Progress of each milestone `ids`, in one query: its non-archived cards, the completed ones, and their finished time. */
export async function progressOf(db: DbOrTx, ids: string[]): Promise<Map<string, MilestoneProgress>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: cards.milestoneId,
      total: sql<number>`count(*)::int`.mapWith(Number),
      done: sql<number>`count(*) filter (where ${cards.completed})::int`.mapWith(Number),
      // Named explicitly: inside the subquery an unqualified "id" would be the time entry's.
      seconds:
        sql<number>`coalesce(sum((select coalesce(sum(floor(extract(epoch from (te.ended_at - te.started_at)))), 0) from time_entries te where te.card_id = "cards"."id" and te.ended_at is not null)), 0)::bigint`.mapWith(
          Number,
        ),
    })
    .from(cards)
    .where(sql`${inArray(cards.milestoneId, ids)} and not ${cards.archived}`)
    .groupBy(cards.milestoneId);
  return new Map(rows.map((r) => [r.id!, { cards_total: r.total, cards_done: r.done, time_logged_seconds: r.seconds }]));
}

/** Milestones as GET returns them, progress included, in the order given. */
export async function serializeMilestones(db: DbOrTx, rows: Milestone[]): Promise<MilestoneJson[]> {
  const progress = await progressOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => serializeMilestone(row, progress.get(row.id) ?? NO_PROGRESS));
}

export async function loadMilestoneJson(db: DbOrTx, row: Milestone): Promise<MilestoneJson> {
  const [json] = await serializeMilestones(db, [row]);
  return json;
}
