import type { EventRow } from "@/db/schema";
import type { EventJson } from "./schemas";

export function serializeEvent(row: EventRow): EventJson {
  return {
    id: row.id,
    type: row.type,
    workspace_id: row.workspaceId,
    board_id: row.boardId,
    actor: row.actor,
    data: row.data,
    changes: row.changes,
    created_at: row.createdAt.toISOString(),
  };
}
