import { boolean, index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

export const boards = pgTable(
  "boards",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    // false = archived; kept rather than deleted so it can be restored.
    active: boolean("active").notNull().default(true),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("boards_workspace_idx").on(t.workspaceId, t.id)],
);

export type Board = typeof boards.$inferSelect;
