/**
 * Every event type Tasktide emits, once. Feeds validation of webhook subscriptions, the UI's event
 * picker, the OpenAPI document and the contract test against webhooks.md.
 */
export const EVENT_CATALOG = {
  cards: ["card.created", "card.updated", "card.completed", "card.moved", "card.archived", "card.deleted"],
  comments: ["comment.created", "comment.updated", "comment.deleted"],
  lists: ["list.created", "list.updated", "list.deleted"],
  boards: ["board.created", "board.updated", "board.deleted"],
  members: ["member.added", "member.removed", "member.role_changed"],
  tags: ["tag.added", "tag.removed"],
  checklists: ["checklist.item_created", "checklist.item_completed", "checklist.item_deleted"],
  files: ["file.uploaded", "file.deleted"],
  automations: ["automation.executed"],
  time_entries: ["time_entry.started", "time_entry.stopped", "time_entry.created", "time_entry.updated", "time_entry.deleted"],
  security: [
    "auth.login",
    "auth.login_failed",
    "token.created",
    "token.revoked",
    "webhook.created",
    "webhook.updated",
    "webhook.deleted",
    "webhook.disabled",
  ],
  test: ["webhook.test"],
} as const;

export type EventCategory = keyof typeof EVENT_CATALOG;
export type EventType = (typeof EVENT_CATALOG)[EventCategory][number];

export const EVENT_TYPES: readonly EventType[] = Object.values(EVENT_CATALOG).flat();

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}
