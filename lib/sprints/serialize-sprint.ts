import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards, type Sprint } from "@/db/schema";
import { allowedActions, type SprintStatus } from "./lifecycle";
import type { SprintJson, SprintProgress } from "./schemas";

const NO_PROGRESS: SprintProgress = { cards_total: 0, cards_done: 0, points_total: 0, points_done: 0 };

export function serializeSprint(sprint: Sprint, progress: SprintProgress): SprintJson {
  const status = sprint.status as SprintStatus;
  return {
    id: sprint.id,
    workspace_id: sprint.workspaceId,
    board_id: sprint.boardId,
    name: sprint.name,
    goal: sprint.goal,
    start_date: sprint.startDate,
    end_date: sprint.endDate,
    capacity: sprint.capacity,
    capacity_unit: sprint.capacityUnit as SprintJson["capacity_unit"],
    status,
    allowed_actions: allowedActions(status),
    progress,
    activated_at: sprint.activatedAt ? sprint.activatedAt.toISOString() : null,
    completed_at: sprint.completedAt ? sprint.completedAt.toISOString() : null,
    goal_achieved: sprint.goalAchieved,
    snapshot: sprint.snapshot ?? null,
    created_at: sprint.createdAt.toISOString(),
    updated_at: sprint.updatedAt.toISOString(),
  };
}

/** Progress of each sprint `ids`, in one grouped query over their non-archived cards. */
export async function sprintProgressOf(db: DbOrTx, ids: string[]): Promise<Map<string, SprintProgress>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: cards.sprintId,
      total: sql<number>`count(*)::int`.mapWith(Number),
      done: sql<number>`(count(*) filter (where ${cards.completed}))::int`.mapWith(Number),
      points: sql<number>`coalesce(sum(${cards.estimate}), 0)::float8`.mapWith(Number),
      pointsDone: sql<number>`coalesce(sum(${cards.estimate}) filter (where ${cards.completed}), 0)::float8`.mapWith(Number),
    })
    .from(cards)
    .where(sql`${inArray(cards.sprintId, ids)} and not ${cards.archived}`)
    .groupBy(cards.sprintId);
  return new Map(rows.map((r) => [r.id!, { cards_total: r.total, cards_done: r.done, points_total: r.points, points_done: r.pointsDone }]));
}

export async function serializeSprints(db: DbOrTx, rows: Sprint[]): Promise<SprintJson[]> {
  const progress = await sprintProgressOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => serializeSprint(row, progress.get(row.id) ?? NO_PROGRESS));
}

export async function loadSprintJson(db: DbOrTx, row: Sprint): Promise<SprintJson> {
  const [json] = await serializeSprints(db, [row]);
  return json;
}
