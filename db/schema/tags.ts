import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { boards } from "./boards";
import { cards } from "./cards";
import { createdAt, id, updatedAt } from "./columns";
import { workspaces } from "./workspaces";

export const tags = pgTable(
  "tags",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // "#rrggbb", stored lower-cased.
    color: text("color").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("tags_workspace_idx").on(t.workspaceId, t.id),
    // "Bug" and "bug" are the same tag to a person; the index makes a racing duplicate a 409.
    uniqueIndex("tags_board_name_key").on(t.boardId, sql`lower(${t.name})`),
  ],
);

export const cardTags = pgTable(
  "card_tags",
  {
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
    tagId: text("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.cardId, t.tagId] }), index("card_tags_tag_idx").on(t.tagId)],
);

export type Tag = typeof tags.$inferSelect;
