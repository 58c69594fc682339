import type { Board } from "@/db/schema";
import type { BoardJson } from "./schemas";

export function serializeBoard(board: Board): BoardJson {
  return {
    id: board.id,
    workspace_id: board.workspaceId,
    name: board.name,
    description: board.description,
    active: board.active,
    created_by: board.createdBy,
    created_at: board.createdAt.toISOString(),
    updated_at: board.updatedAt.toISOString(),
  };
}
