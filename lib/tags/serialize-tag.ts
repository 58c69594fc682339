import type { Tag } from "@/db/schema";
import type { TagJson } from "./schemas";

export function serializeTag(tag: Tag): TagJson {
  return {
    id: tag.id,
    workspace_id: tag.workspaceId,
    board_id: tag.boardId,
    name: tag.name,
    color: tag.color,
    created_at: tag.createdAt.toISOString(),
    updated_at: tag.updatedAt.toISOString(),
  };
}
