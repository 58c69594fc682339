import type { Card } from "@/db/schema";
import type { CardJson } from "./schemas";

/** What a card's JSON needs beyond its row: computed order and its join-table ids. */
export type CardExtras = {
  position: number | null;
  assigneeIds: string[];
  tagIds: string[];
  attachmentCount: number;
  fields: Record<string, unknown>;
};

export function serializeCard(card: Card, extras: CardExtras): CardJson {
  return {
    id: card.id,
    workspace_id: card.workspaceId,
    board_id: card.boardId,
    list_id: card.listId,
    title: card.title,
    description: card.description,
    position: extras.position,
    start_at: card.startAt ? card.startAt.toISOString() : null,
    due_at: card.dueAt ? card.dueAt.toISOString() : null,
    completed: card.completed,
    completed_at: card.completedAt ? card.completedAt.toISOString() : null,
    archived: card.archived,
    assignee_ids: [...extras.assigneeIds].sort(),
    tag_ids: [...extras.tagIds].sort(),
    created_by: card.createdBy,
    cover_file_id: card.coverFileId,
    attachment_count: extras.attachmentCount,
    milestone_id: card.milestoneId,
    sprint_id: card.sprintId,
    estimate: card.estimate,
    fields: extras.fields as CardJson["fields"],
    created_at: card.createdAt.toISOString(),
    updated_at: card.updatedAt.toISOString(),
  };
}
