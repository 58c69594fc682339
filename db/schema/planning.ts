import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { boards } from "./boards";
import { createdAt, id, timestampTz, updatedAt } from "./columns";
import { workspaces } from "./workspaces";

/** A board's milestone: cards reference one (cards.milestone_id); its progress is computed from them. */
export const milestones = pgTable(
  "milestones",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    dueAt: timestampTz("due_at"),
    // "open" | "done"
    status: text("status").notNull().default("open"),
    completedAt: timestampTz("completed_at"),
    // Display order among the board's milestones, as the client sets it (ties by id).
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("milestones_workspace_idx").on(t.workspaceId, t.id), index("milestones_board_idx").on(t.boardId, t.id)],
);

export type Milestone = typeof milestones.$inferSelect;
