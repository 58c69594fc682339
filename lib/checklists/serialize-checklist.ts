import type { Checklist, ChecklistItem } from "@/db/schema";
import type { ChecklistItemJson, ChecklistJson } from "./schemas";

export function serializeItem(item: ChecklistItem, cardId: string): ChecklistItemJson {
  return {
    id: item.id,
    checklist_id: item.checklistId,
    card_id: cardId,
    text: item.text,
    completed: item.completed,
    completed_at: item.completedAt ? item.completedAt.toISOString() : null,
    position: item.position,
  };
}

/** `items` must be in position order. */
export function serializeChecklist(checklist: Checklist, items: ChecklistItem[]): ChecklistJson {
  return {
    id: checklist.id,
    card_id: checklist.cardId,
    title: checklist.title,
    items: items.map((item) => serializeItem(item, checklist.cardId)),
    created_at: checklist.createdAt.toISOString(),
    updated_at: checklist.updatedAt.toISOString(),
  };
}
