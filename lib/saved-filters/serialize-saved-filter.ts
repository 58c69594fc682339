import type { SavedFilter } from "@/db/schema";
import type { SavedFilterJson } from "./schemas";

export function serializeSavedFilter(filter: SavedFilter): SavedFilterJson {
  return {
    id: filter.id,
    workspace_id: filter.workspaceId,
    board_id: filter.boardId,
    owner_id: filter.ownerId,
    name: filter.name,
    query: filter.query,
    shared: filter.shared,
    sort: filter.sort ?? null,
    position: filter.position,
    created_at: filter.createdAt.toISOString(),
    updated_at: filter.updatedAt.toISOString(),
  };
}
