/**
 * Every event type Tasktide emits, once. Feeds validation of webhook subscriptions, the UI's event
 * picker (through `GET /v1/event_types`), the OpenAPI document and the contract test against the
 * "Event types" table of webhooks.md. The data schemas and examples are in event-type-schemas.ts.
 *
 * Each type has one group (its row of the table). Security is also a selection that spans groups:
 * SIEM forwarding wants `auth.*`, `board.accessed`, `member.*`, `token.*` and `webhook.*`
 * (`SECURITY_EVENT_TYPES`), so `member.*` is in the security selection while staying in its own row.
 */
export const EVENT_CATALOG = {
  cards: ["card.created", "card.updated", "card.completed", "card.moved", "card.archived", "card.deleted"],
  comments: ["comment.created", "comment.updated", "comment.deleted"],
  lists: ["list.created", "list.updated", "list.deleted"],
  boards: ["board.created", "board.updated", "board.deleted"],
  members: ["member.added", "member.removed", "member.role_changed"],
  workspaces: ["workspace.updated"],
  tags: ["tag.added", "tag.removed"],
  checklists: ["checklist.item_created", "checklist.item_completed", "checklist.item_deleted"],
  assignments: ["card.assigned", "card.unassigned"],
  files: ["file.uploaded", "file.deleted"],
  custom_fields: ["custom_field.created", "custom_field.updated", "custom_field.deleted"],
  milestones: ["milestone.created", "milestone.updated", "milestone.completed", "milestone.deleted"],
  sprints: [
    "sprint.created",
    "sprint.updated",
    "sprint.activated",
    "sprint.review_started",
    "sprint.completed",
    "sprint.paused",
    "sprint.resumed",
    "sprint.deleted",
    "card.sprint_changed",
  ],
  dependencies: ["dependency.created", "dependency.deleted", "schedule.recalculated"],
  automations: ["automation.executed"],
  time_entries: ["time_entry.started", "time_entry.stopped", "time_entry.created", "time_entry.updated", "time_entry.deleted"],
  security: [
    "auth.login",
    "auth.login_failed",
    "auth.logout",
    "auth.session_revoked",
    "board.accessed",
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

export function categoryOf(type: EventType): EventCategory {
  return (Object.keys(EVENT_CATALOG) as EventCategory[]).find((c) => (EVENT_CATALOG[c] as readonly string[]).includes(type))!;
}

/** What a SIEM wants: the security row plus every member event (webhooks.md, issue 13). */
export const SECURITY_EVENT_TYPES: readonly EventType[] = [...EVENT_CATALOG.security, ...EVENT_CATALOG.members];

/** Label and one sentence per group, in the catalog's order. */
export const EVENT_CATEGORIES: Record<EventCategory, { label: string; description: string }> = {
  cards: { label: "Cards", description: "A card was created, edited, completed, moved, archived or deleted." },
  comments: { label: "Comments", description: "Comments on cards." },
  lists: { label: "Lists", description: "The lists of a board." },
  boards: { label: "Boards", description: "Boards themselves (their contents have their own groups)." },
  members: {
    label: "Members",
    description: "Who belongs to the workspace and with which role. Also part of the security selection.",
  },
  workspaces: { label: "Workspace", description: "The workspace itself: its name and its two-factor requirement." },
  tags: { label: "Tags", description: "A tag was put on or taken off a card." },
  checklists: { label: "Checklists", description: "Items of a card's checklists." },
  assignments: {
    label: "Assignments",
    description: "Someone was assigned to or unassigned from a card: one event per person, beside card.updated.",
  },
  files: {
    label: "Files",
    description: "Files and links attached to cards. `data` is the file's metadata as GET /v1/files/{id} returns it, never its bytes.",
  },
  custom_fields: {
    label: "Custom fields",
    description: "A board's field definitions. A card's values change with card.updated (changes name `fields.<field id>`).",
  },
  milestones: {
    label: "Milestones",
    description: "A board's milestones. Moving a card into or out of one is a card.updated with changes.milestone_id.",
  },
  sprints: {
    label: "Sprints",
    description:
      "A board's sprints and their lifecycle (draft, planned, active, review, completed, paused), and cards moving between sprints and the backlog.",
  },
  dependencies: {
    label: "Dependencies",
    description: "Links between cards, and the scheduler moving dependent cards' dates along them.",
  },
  automations: { label: "Automations", description: "Board automations. Reserved: automations are not built yet." },
  time_entries: { label: "Time entries", description: "Timers and time entries on cards." },
  security: {
    label: "Security",
    description:
      "Sign-ins, sign-outs, board access, API tokens and webhooks: what a SIEM collects. The SIEM forwarding preset selects these and the member events.",
  },
  test: { label: "Test", description: "Sent by “Send test” only, never by a change." },
};

/**
 * One sentence per type, for the picker and `GET /v1/event_types`. `data` is what GET returns for
 * the object unless the sentence says otherwise.
 */
export const EVENT_DESCRIPTIONS: Record<EventType, string> = {
  "card.created": "A card was created. data: the card.",
  "card.updated":
    "A card's title, description, due date, start, assignees, cover, milestone, estimate or custom field values changed (also when the scheduler moves it), or it was un-completed or restored. data: the card; changes: only the changed fields (a custom field as `fields.<field id>`).",
  "card.completed": "A card was marked complete. data: the card.",
  "card.moved": "A card moved to another list or position. data: the card; changes: list_id and/or position.",
  "card.archived": "A card was archived. data: the card.",
  "card.deleted": "A card was deleted. data: its last state.",
  "comment.created": "A comment was added to a card. data: the comment.",
  "comment.updated": "A comment's text was edited. data: the comment; changes: body.",
  "comment.deleted": "A comment was deleted. data: its last state.",
  "list.created": "A list was added to a board. data: the list.",
  "list.updated": "A list was renamed, moved, archived or restored. data: the list; changes: the changed fields.",
  "list.deleted": "A list was deleted with its cards. data: its last state.",
  "board.created": "A board was created. data: the board.",
  "board.updated": "A board was renamed, described, archived or restored. data: the board; changes: the changed fields.",
  "board.deleted": "A board was deleted with everything on it. data: its last state.",
  "workspace.updated":
    "An owner renamed the workspace or changed whether it requires two-factor. data: the workspace as GET /v1/workspace returns it; changes: name and/or require_two_factor.",
  "member.added": "Someone joined the workspace (added, or an invite accepted at sign-up). data: the member.",
  "member.removed": "Someone left or was removed from the workspace. data: the member's last state.",
  "member.role_changed": "A member's role changed. data: the member; changes: role.",
  "tag.added": "A tag was put on a card. data: the card plus `tag` (the tag as GET /v1/tags/{id} returns it).",
  "tag.removed": "A tag was taken off a card. data: the card plus `tag`.",
  "checklist.item_created": "A checklist item was added (also each item of a new checklist). data: the item.",
  "checklist.item_completed": "A checklist item was ticked. data: the item.",
  "checklist.item_deleted": "A checklist item was removed (also each item of a deleted checklist). data: its last state.",
  "card.assigned":
    "Someone was assigned to a card: one event per person added, on creation and on edit (beside card.updated). data: the card afterwards plus `assignee` {id, name, email}.",
  "card.unassigned":
    "Someone was unassigned from a card: one event per person removed, also when they leave the workspace (beside card.updated). data: the card afterwards plus `assignee` {id, name, email}.",
  "file.uploaded": "A file was uploaded to a card, or a link attached.",
  "file.deleted": "A file or link was removed from a card (its last metadata).",
  "custom_field.created": "A custom field was defined on a board. data: the field as GET /v1/xattr/{id} returns it.",
  "custom_field.updated":
    "A custom field was renamed, reordered, shown or hidden on cards, or its options changed. data: the field; changes: the changed fields.",
  "custom_field.deleted": "A custom field was deleted with its values (each card that had one records card.updated). data: its last state.",
  "milestone.created": "A milestone was added to a board. data: the milestone (with its progress).",
  "milestone.updated":
    "A milestone was renamed, described, re-dated, reordered or reopened. data: the milestone; changes: the changed fields.",
  "milestone.completed": "A milestone's status became done. data: the milestone.",
  "milestone.deleted": "A milestone was deleted; its cards leave it (each a card.updated). data: its last state.",
  "sprint.created": "A sprint was created (a draft), by a person or by the board's cadence (actor null). data: the sprint.",
  "sprint.updated": "A sprint's fields changed, or it was planned (draft → planned). data: the sprint; changes: the changed fields.",
  "sprint.activated": "A sprint became the board's active sprint. data: the sprint after the transition.",
  "sprint.review_started": "An active sprint went into review. data: the sprint after the transition.",
  "sprint.completed":
    "A sprint was completed; its snapshot (committed, completed, carried over) and goal_achieved are set. data: the sprint after the transition.",
  "sprint.paused": "An active sprint was paused. data: the sprint after the transition.",
  "sprint.resumed": "A paused sprint became active again. data: the sprint after the transition.",
  "sprint.deleted": "A sprint was deleted; its cards went to the backlog (each a card.sprint_changed). data: its last state.",
  "card.sprint_changed":
    "A card moved into, out of or between sprints (by PATCH, a completion's carry-over or a deleted sprint). data: the card plus `previous_sprint_id`.",
  "dependency.created": "A card now depends on another (or relates to / duplicates it). data: the dependency.",
  "dependency.deleted": "A dependency was removed. data: its last state.",
  "schedule.recalculated":
    "The scheduler moved cards that depend on a changed card (one event per change, beside each moved card's card.updated). data: card_id (what set it off) and moved [{card_id, start_at {from, to}, due_at {from, to}}].",
  "automation.executed": "Reserved for automations; not emitted yet.",
  "time_entry.started": "A timer was started. data: the time entry (running: ended_at null).",
  "time_entry.stopped": "A timer was stopped. data: the time entry.",
  "time_entry.created": "A time entry was recorded by hand. data: the time entry.",
  "time_entry.updated": "A time entry was edited. data: the time entry; changes: the changed fields.",
  "time_entry.deleted": "A time entry was deleted. data: its last state.",
  "auth.login": "A member signed in (one event per workspace of theirs). data: user_id, email, ip.",
  "auth.login_failed": "A wrong password was given for a member's account (one event per workspace of theirs). data: user_id, email, ip.",
  "auth.logout": "A member signed out (one event per workspace of theirs). data: user_id, email, ip.",
  "auth.session_revoked":
    "A session was ended before it signed out: from Settings → Security, or by a password reset (one event per session and workspace of the account). data: user_id, email, ip (of the request that ended it), session_id, reason.",
  "board.accessed":
    "A member opened a board (the board page, its snapshot, or GET /v1/boards/{id}), by session or API token; at most once per member, board and hour. Unlike the other security events it belongs to its board, so a webhook restricted to boards gets it for those only. data: the board plus `access` {via, token_id}.",
  "token.created": "An API token was created (never with its secret). data: the token.",
  "token.revoked": "An API token was revoked. data: the token.",
  "webhook.created": "A webhook was created (not sent to itself). data: the webhook (never its secret).",
  "webhook.updated": "A webhook was edited, paused, resumed or had its secret rotated. data: the webhook; changes: the changed fields.",
  "webhook.deleted": "A webhook was deleted (not sent to itself). data: its last state.",
  "webhook.disabled":
    "A webhook was disabled automatically after repeated failures or a 410 (sent to the other webhooks). data: the webhook, with the reason.",
  "webhook.test": "A test delivery from “Send test”. data: webhook_id and a message.",
};
