import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { boards } from "./boards";
import { cards } from "./cards";
import { createdAt, id } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

/**
 * "card_id depends on depends_on_id": the four scheduling types (lib/planning/schedule.ts moves
 * successors' dates along them) and the plain relations relates_to and duplicates (never scheduled).
 * One link per ordered pair; `board_id` is the dependent card's, for board lists and events.
 */
export const cardDependencies = pgTable(
  "card_dependencies",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
    dependsOnId: text("depends_on_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
    // finish_to_start | start_to_start | finish_to_finish | start_to_finish | relates_to | duplicates
    type: text("type").notNull(),
    lagDays: integer("lag_days").notNull().default(0),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("card_dependencies_workspace_idx").on(t.workspaceId, t.id),
    index("card_dependencies_board_idx").on(t.boardId, t.id),
    uniqueIndex("card_dependencies_pair_key").on(t.cardId, t.dependsOnId),
    // The scheduler walks from a card to the cards that depend on it.
    index("card_dependencies_depends_on_idx").on(t.dependsOnId),
  ],
);

export type CardDependency = typeof cardDependencies.$inferSelect;
