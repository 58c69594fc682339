import { boolean, customType, index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { boards } from "./boards";
import { createdAt, id, updatedAt } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

/**
 * A fractional-indexing rank ("a0", "a0V", …). Its digits mix upper and lower case, so it must
 * compare byte by byte: the "C" collation, whatever the database's default locale is.
 */
export const rankColumn = customType<{ data: string; notNull: true }>({
  dataType: () => 'text COLLATE "C"',
});

export const lists = pgTable(
  "lists",
  {
    id: id(),
    // Denormalized from the board so every query can filter by tenant without a join.
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    rank: rankColumn("rank").notNull(),
    archived: boolean("archived").notNull().default(false),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("lists_workspace_idx").on(t.workspaceId, t.id),
    // Ranks are generated under a lock on the board row, so they never collide.
    uniqueIndex("lists_board_rank_key").on(t.boardId, t.rank),
  ],
);

export type List = typeof lists.$inferSelect;
