import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards, type CardDependency } from "@/db/schema";
import { SCHEDULING_TYPES } from "@/lib/planning/forward-pass";
import type { DependencyJson } from "./schemas";

const scheduling = new Set<string>(SCHEDULING_TYPES);

export function serializeDependency(row: CardDependency, predecessorCompleted: boolean): DependencyJson {
  return {
    id: row.id,
    workspace_id: row.workspaceId,
    board_id: row.boardId,
    card_id: row.cardId,
    depends_on_id: row.dependsOnId,
    type: row.type as DependencyJson["type"],
    lag_days: row.lagDays,
    blocking: scheduling.has(row.type) && !predecessorCompleted,
    created_by: row.createdBy,
    created_at: row.createdAt.toISOString(),
  };
}

/** Links as GET returns them; `blocking` from their predecessors' completion, read in one query. */
export async function serializeDependencies(db: DbOrTx, rows: CardDependency[]): Promise<DependencyJson[]> {
  if (rows.length === 0) return [];
  const completed = new Set(
    (
      await db
        .select({ id: cards.id, completed: cards.completed })
        .from(cards)
        .where(inArray(cards.id, [...new Set(rows.map((r) => r.dependsOnId))]))
    )
      .filter((c) => c.completed)
      .map((c) => c.id),
  );
  return rows.map((row) => serializeDependency(row, completed.has(row.dependsOnId)));
}
