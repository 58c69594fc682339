import { index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { workspaces } from "./workspaces";

export type EventActor = { id: string; name: string; email: string } | null;

/** The append-only record of every change; webhook deliveries point at these rows. */
export const events = pgTable(
  "events",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    // Not a foreign key: the event of a deleted board must outlive the board.
    boardId: text("board_id"),
    actorId: text("actor_id"),
    actor: jsonb("actor").$type<EventActor>(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    changes: jsonb("changes").$type<Record<string, { from: unknown; to: unknown }>>(),
    createdAt: createdAt(),
  },
  (t) => [index("events_workspace_idx").on(t.workspaceId, t.id), index("events_board_idx").on(t.boardId, t.id)],
);

export type EventRow = typeof events.$inferSelect;
