import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { cards } from "./cards";
import { createdAt, id, timestampTz, updatedAt } from "./columns";
import { workspaces } from "./workspaces";

/** A named list of to-do items on a card; a card may have several, ordered by creation. */
export const checklists = pgTable(
  "checklists",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("checklists_card_idx").on(t.cardId, t.id), index("checklists_workspace_idx").on(t.workspaceId, t.id)],
);

/**
 * Items keep a dense 0-based position. Every item write locks the checklist row first, so
 * renumbering never races; there is deliberately no unique index on (checklist_id, position)
 * because a renumbering UPDATE passes through duplicate states.
 */
export const checklistItems = pgTable(
  "checklist_items",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    checklistId: text("checklist_id")
      .notNull()
      .references(() => checklists.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    completed: boolean("completed").notNull().default(false),
    completedAt: timestampTz("completed_at"),
    position: integer("position").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("checklist_items_checklist_idx").on(t.checklistId, t.position),
    // Search (lib/search/search-cards.ts uses the same expression).
    index("checklist_items_text_search_idx").using("gin", sql`to_tsvector('simple', ${t.text})`),
  ],
);

export type Checklist = typeof checklists.$inferSelect;
export type ChecklistItem = typeof checklistItems.$inferSelect;
