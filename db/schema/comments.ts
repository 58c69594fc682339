import { sql } from "drizzle-orm";
import { index, pgTable, text } from "drizzle-orm/pg-core";
import { cards } from "./cards";
import { createdAt, id, timestampTz } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

/**
 * Comments on a card. No board_id column: a card can move to another board, so the board is
 * always read from the card.
 */
export const comments = pgTable(
  "comments",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
    // Null once the author's account is deleted; the comment stays.
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
    editedAt: timestampTz("edited_at"),
  },
  (t) => [
    index("comments_card_idx").on(t.cardId, t.id),
    index("comments_workspace_idx").on(t.workspaceId, t.id),
    // Search (lib/search/search-cards.ts uses the same expression).
    index("comments_body_search_idx").using("gin", sql`to_tsvector('simple', ${t.body})`),
  ],
);

export type Comment = typeof comments.$inferSelect;
