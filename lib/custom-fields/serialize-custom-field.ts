import type { CustomField } from "@/db/schema";
import type { CustomFieldJson } from "./schemas";

export function serializeCustomField(field: CustomField): CustomFieldJson {
  return {
    id: field.id,
    workspace_id: field.workspaceId,
    board_id: field.boardId,
    name: field.name,
    type: field.type,
    options: field.options,
    show_on_card: field.showOnCard,
    position: field.position,
    created_at: field.createdAt.toISOString(),
    updated_at: field.updatedAt.toISOString(),
  };
}
