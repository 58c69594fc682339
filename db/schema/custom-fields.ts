import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { boards } from "./boards";
import { cards } from "./cards";
import { createdAt, id, updatedAt } from "./columns";
import { workspaces } from "./workspaces";

export const CUSTOM_FIELD_TYPES = ["text", "number", "date", "checkbox", "select", "multi_select", "user", "url"] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** One choice of a select or multi_select field; archived ones stay readable on cards but cannot be chosen anew. */
export type CustomFieldOption = { id: string; name: string; color: string; archived: boolean };

/** A board's field definition (the API's `/v1/xattr`). */
export const customFields = pgTable(
  "custom_fields",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    type: text("type").$type<CustomFieldType>().notNull(),
    // Few per field and always read with it: a JSON array beside the row, in display order.
    options: jsonb("options")
      .$type<CustomFieldOption[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    showOnCard: boolean("show_on_card").notNull().default(false),
    // 0-based and dense per board: renumbered under the board's lock when a field moves.
    position: integer("position").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("custom_fields_workspace_idx").on(t.workspaceId, t.id),
    index("custom_fields_board_idx").on(t.boardId, t.position),
    // The filter language names fields (`field.priority:`), so a name is one field per board.
    uniqueIndex("custom_fields_board_name_key").on(t.boardId, sql`lower(${t.name})`),
  ],
);

/**
 * A card's value of one field, as JSON of the field's type (string, number, "YYYY-MM-DD", boolean,
 * option id, option ids, user id, URL). No row: no value.
 */
export const cardFieldValues = pgTable(
  "card_field_values",
  {
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
    fieldId: text("field_id")
      .notNull()
      .references(() => customFields.id, { onDelete: "cascade" }),
    value: jsonb("value").$type<unknown>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.cardId, t.fieldId] }),
    index("card_field_values_field_idx").on(t.fieldId),
    // Full-text search over text and URL values (GET /v1/search).
    index("card_field_values_text_search_idx").using("gin", sql`to_tsvector('simple', ${t.value} #>> '{}')`),
  ],
);

export type CustomField = typeof customFields.$inferSelect;
