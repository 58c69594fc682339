import { hashKey, type QueryKey } from "@tanstack/react-query";
import type { DeliveryFilters } from "./types";
import { pinnedWorkspace } from "./pinned-workspace";

/**
 * Every React Query key of the browser, in one place, so a mutation invalidates exactly what the
 * queries cached. Keys are grouped by prefix: invalidating a prefix (`queryKeys.board.all(id)`,
 * `queryKeys.webhooks.all`) refreshes everything under it.
 *
 * The workspace is not spelled in each key: `workspaceQueryKeyHash` prefixes every key's hash
 * with the page's pinned workspace, so two workspaces never share a cache entry, whatever key a
 * caller builds.
 */
export const queryKeys = {
  boards: {
    all: ["boards"] as const,
    list: (active: boolean) => ["boards", { active }] as const,
  },
  /** One board's data; everything under ["board", id] is that board's. */
  board: {
    all: (boardId: string) => ["board", boardId] as const,
    detail: (boardId: string) => ["board", boardId, "board"] as const,
    lists: (boardId: string) => ["board", boardId, "lists"] as const,
    archivedLists: (boardId: string) => ["board", boardId, "lists", "archived"] as const,
    cards: (boardId: string) => ["board", boardId, "cards"] as const,
    archivedCards: (boardId: string) => ["board", boardId, "cards", "archived"] as const,
    /** The ids of the board's cards matching a filter-language query (GET /v1/cards?q=). */
    cardFilter: (boardId: string, q: string) => ["board", boardId, "cards", "filter", q] as const,
    tags: (boardId: string) => ["board", boardId, "tags"] as const,
    /** The board's custom field definitions (GET /v1/xattr?board_id=), in position order. */
    customFields: (boardId: string) => ["board", boardId, "custom_fields"] as const,
    /** Planning: the board's milestones, sprints and dependency links. */
    milestones: (boardId: string) => ["board", boardId, "milestones"] as const,
    sprints: (boardId: string) => ["board", boardId, "sprints"] as const,
    dependencies: (boardId: string) => ["board", boardId, "dependencies"] as const,
    /** The board's activity, or one card's (`cardId`); `allEvents` is the prefix of both. */
    events: (boardId: string, cardId?: string) => ["board", boardId, "events", cardId ?? "all"] as const,
    allEvents: (boardId: string) => ["board", boardId, "events"] as const,
  },
  /** Any board's activity feed, for changes (time entries) whose board the caller does not know. */
  isBoardEvents: (queryKey: QueryKey) => queryKey[0] === "board" && queryKey[2] === "events",
  /** Saved filters: `all` is the prefix of a board's (`board(id)`) and the workspace-wide ones (`board(null)`). */
  savedFilters: {
    all: ["saved_filters"] as const,
    board: (boardId: string | null) => ["saved_filters", boardId ?? "workspace"] as const,
    /** The cards of a workspace-wide view (GET /v1/cards?saved_filter_id= or ?q=), by its id or query. */
    cards: (key: string) => ["saved_filters", "cards", key] as const,
    /** Board and list names by id, for cards listed across boards. */
    places: ["saved_filters", "places"] as const,
  },
  card: (cardId: string) => ["card", cardId] as const,
  comments: (cardId: string) => ["comments", cardId] as const,
  checklists: (cardId: string) => ["checklists", cardId] as const,
  files: (cardId: string) => ["files", cardId] as const,
  fileUsage: ["file_usage"] as const,
  time: {
    running: ["time", "running"] as const,
    card: (cardId: string) => ["time", "card", cardId] as const,
    /** GET /v1/time_entries/report with these query parameters. */
    report: (query: Record<string, string | undefined>) => ["time", "report", query] as const,
    board: (boardId: string) => ["time", "board", boardId] as const,
  },
  imports: (id: string) => ["imports", id] as const,
  /** Workspace members (GET /v1/users); `invites` sits under it, so invalidating `all` refreshes both. */
  members: {
    all: ["members"] as const,
    invites: ["members", "invites"] as const,
  },
  tokens: ["tokens"] as const,
  /** The signed-in account's sessions (GET /v1/sessions): the same in every workspace. */
  sessions: ["sessions"] as const,
  /** The signed-in account (GET /v1/me). */
  account: ["account"] as const,
  /** GET /v1/me/two_factor. */
  twoFactor: ["account", "two_factor"] as const,
  /** GET /v1/workspace. */
  workspace: ["workspace"] as const,
  /** GET /v1/event_types: the same for every workspace, and only changes with the server's version. */
  eventTypes: ["event_types"] as const,
  /** `all` is the webhooks list and the prefix of every webhook's detail and deliveries. */
  webhooks: {
    all: ["webhooks"] as const,
    detail: (webhookId: string) => ["webhooks", webhookId] as const,
    deliveries: (webhookId: string) => ["webhooks", webhookId, "deliveries"] as const,
    deliveryList: (webhookId: string, filters: DeliveryFilters) => ["webhooks", webhookId, "deliveries", "list", filters] as const,
    delivery: (webhookId: string, deliveryId: string) => ["webhooks", webhookId, "deliveries", "detail", deliveryId] as const,
    missed: (webhookId: string) => ["webhooks", webhookId, "deliveries", "missed"] as const,
  },
  webhookSettings: ["webhook-settings"] as const,
  search: (q: string) => ["search", q] as const,
};

/**
 * Cache entries belong to the workspace the page shows: after a switch, "boards" is another list,
 * and the old workspace's copy must never be shown from the cache.
 */
export function workspaceQueryKeyHash(queryKey: QueryKey): string {
  return `${pinnedWorkspace() ?? ""}:${hashKey(queryKey)}`;
}
