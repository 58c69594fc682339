import { sql } from "drizzle-orm";
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
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

/** What completing a sprint stored: its cards then, the completed ones, and those carried over. */
export type SprintSnapshot = {
  committed_cards: number;
  committed_points: number;
  completed_cards: number;
  completed_points: number;
  carried_over_cards: number;
  carried_over_points: number;
  carried_over_card_ids: string[];
  carried_over_to: string | null;
};

/**
 * A board's sprint with its lifecycle (lib/sprints/lifecycle.ts): draft → planned → active →
 * review → completed, and paused from active and back. At most one active per board (the index).
 */
export const sprints = pgTable(
  "sprints",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    goal: text("goal").notNull().default(""),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    capacity: doublePrecision("capacity"),
    // "points" | "hours"
    capacityUnit: text("capacity_unit").notNull().default("points"),
    // "draft" | "planned" | "active" | "review" | "completed" | "paused"
    status: text("status").notNull().default("draft"),
    activatedAt: timestampTz("activated_at"),
    completedAt: timestampTz("completed_at"),
    goalAchieved: boolean("goal_achieved"),
    snapshot: jsonb("snapshot").$type<SprintSnapshot>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("sprints_workspace_idx").on(t.workspaceId, t.id),
    index("sprints_board_idx").on(t.boardId, t.id),
    // Two racing activations end in one 409, never two active sprints.
    uniqueIndex("sprints_one_active_key")
      .on(t.boardId)
      .where(sql`${t.status} = 'active'`),
  ],
);

export type Sprint = typeof sprints.$inferSelect;
