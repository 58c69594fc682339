import type { Tx } from "@/db/client";
import type { Tag } from "@/db/schema";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import type { Caller } from "@/lib/workspaces/context";
import { recordAssignmentEvents } from "./record-assignment-events";
import { recordTagEvents } from "./record-tag-events";
import type { CardJson } from "./schemas";

/**
 * The events of one PATCH /v1/cards/{id}, in this order, each with `data` = the card afterwards:
 * - card.moved     when list_id or position was asked and changed; changes: list_id and/or position
 * - card.updated   for title, description, start_at, due_at, assignee_ids, cover_file_id, milestone_id,
 *                  estimate, custom field values (`fields.<field id>`), un-completing (completed,
 *                  completed_at) and restoring (archived); changes: only those fields
 * - card.completed when completed went false → true
 * - card.archived  when archived went false → true
 * - card.assigned / card.unassigned, one per assignee added or removed (data also carries `assignee`)
 * - tag.added / tag.removed, one per tag (data also carries `tag`)
 * - card.sprint_changed when sprint_id changed (data also carries `previous_sprint_id`)
 * A position shift caused by archiving or restoring is not a move and is not listed in changes.
 */
export async function recordCardUpdateEvents(
  tx: Tx,
  input: { actor: Caller["user"]; before: CardJson; after: CardJson; moved: boolean; tagsAdded: Tag[]; tagsRemoved: Tag[] },
): Promise<void> {
  const { before, after, actor } = input;
  const base = { workspaceId: after.workspace_id, boardId: after.board_id, actor, data: after };

  if (input.moved) {
    const changes = diffChanges(before, after, ["list_id", "position"]);
    if (Object.keys(changes).length > 0) await recordEvent(tx, { ...base, type: "card.moved", changes });
  }

  const fields: (keyof CardJson & string)[] = [
    "title",
    "description",
    "start_at",
    "due_at",
    "assignee_ids",
    "cover_file_id",
    "milestone_id",
    "estimate",
  ];
  if (before.completed && !after.completed) fields.push("completed", "completed_at");
  if (before.archived && !after.archived) fields.push("archived");
  const changes = { ...diffChanges(before, after, fields), ...fieldChanges(before.fields, after.fields) };
  if (Object.keys(changes).length > 0) await recordEvent(tx, { ...base, type: "card.updated", changes });

  if (!before.completed && after.completed) await recordEvent(tx, { ...base, type: "card.completed" });
  if (!before.archived && after.archived) await recordEvent(tx, { ...base, type: "card.archived" });

  await recordAssignmentEvents(tx, {
    actor,
    card: after,
    added: after.assignee_ids.filter((id) => !before.assignee_ids.includes(id)),
    removed: before.assignee_ids.filter((id) => !after.assignee_ids.includes(id)),
  });
  await recordTagEvents(tx, { actor, card: after, added: input.tagsAdded, removed: input.tagsRemoved });
  if (before.sprint_id !== after.sprint_id) {
    await recordEvent(tx, { ...base, type: "card.sprint_changed", data: { ...after, previous_sprint_id: before.sprint_id } });
  }
}

/** `changes` of custom field values, one entry per field named `fields.<field id>`; null stands for "no value". */
export function fieldChanges(before: CardJson["fields"], after: CardJson["fields"]): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const from = before[id] ?? null;
    const to = after[id] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[`fields.${id}`] = { from, to };
  }
  return changes;
}
