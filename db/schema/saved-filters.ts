import { boolean, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { boards } from "./boards";
import { createdAt, id, updatedAt } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

/** How a saved filter orders its cards: a card field or `field.<custom field id>`, and a direction. */
export type SavedFilterSort = { by: string; direction: "asc" | "desc" };

/** A named card query (`/v1/saved_filters`): on one board or workspace-wide, personal or shared. */
export const savedFilters = pgTable(
  "saved_filters",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    // Null: workspace-wide (every board the viewer may see).
    boardId: text("board_id").references(() => boards.id, { onDelete: "cascade" }),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    query: text("query").notNull(),
    shared: boolean("shared").notNull().default(false),
    sort: jsonb("sort").$type<SavedFilterSort>(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("saved_filters_workspace_idx").on(t.workspaceId, t.id), index("saved_filters_board_idx").on(t.boardId)],
);

export type SavedFilter = typeof savedFilters.$inferSelect;
