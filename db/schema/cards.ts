import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, pgTable, primaryKey, text, uniqueIndex, type AnyPgColumn } from "drizzle-orm/pg-core";
import { boards } from "./boards";
import { createdAt, id, timestampTz, updatedAt } from "./columns";
import { files } from "./files";
import { lists, rankColumn } from "./lists";
import { milestones, sprints } from "./planning";
import { users } from "./users";
import { workspaces } from "./workspaces";

export const cards = pgTable(
  "cards",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    // Derived from the list; kept on the row for board filters, board-restricted tokens and events.
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    listId: text("list_id")
      .notNull()
      .references(() => lists.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    // Order within the list; a move rewrites only the moved card's rank.
    rank: rankColumn("rank").notNull(),
    // Planned start beside the due date; the scheduler (lib/planning/schedule.ts) moves both.
    startAt: timestampTz("start_at"),
    dueAt: timestampTz("due_at"),
    completed: boolean("completed").notNull().default(false),
    completedAt: timestampTz("completed_at"),
    archived: boolean("archived").notNull().default(false),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    // An image attachment of this card shown on its front; cleared when that file is deleted.
    coverFileId: text("cover_file_id").references((): AnyPgColumn => files.id, { onDelete: "set null" }),
    // Planning (lib/planning): the milestone this card belongs to; cleared when it is deleted.
    milestoneId: text("milestone_id").references((): AnyPgColumn => milestones.id, { onDelete: "set null" }),
    // The sprint the card is planned into (null: the backlog), and its estimate in the sprint's unit.
    sprintId: text("sprint_id").references((): AnyPgColumn => sprints.id, { onDelete: "set null" }),
    estimate: doublePrecision("estimate"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("cards_workspace_idx").on(t.workspaceId, t.id),
    index("cards_board_idx").on(t.boardId, t.id),
    // Ranks are generated under a lock on the list row, so they never collide within a list.
    uniqueIndex("cards_list_rank_key").on(t.listId, t.rank),
    // Positions: the non-archived cards of a list in rank order, read without touching the table
    // (row_number() over (partition by list_id order by rank), lib/cards/card-position.ts).
    index("cards_list_position_idx")
      .on(t.listId, t.rank, t.id)
      .where(sql`not archived`),
    // Search (lib/search): words of the title and of the description, and title trigrams for typos.
    // The expressions must match lib/search/search-cards.ts exactly for the planner to use them.
    index("cards_title_search_idx").using("gin", sql`to_tsvector('simple', ${t.title})`),
    index("cards_description_search_idx").using("gin", sql`to_tsvector('simple', ${t.description})`),
    index("cards_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("cards_milestone_idx").on(t.milestoneId),
    index("cards_sprint_idx").on(t.sprintId),
  ],
);

export const cardAssignees = pgTable(
  "card_assignees",
  {
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.cardId, t.userId] }), index("card_assignees_user_idx").on(t.userId)],
);

export type Card = typeof cards.$inferSelect;
