import { index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { timestampTz } from "./columns";
import { boards } from "./boards";
import { users } from "./users";

/**
 * The hour in which each member last opened each board, so that `board.accessed` is recorded at
 * most once per member, board and hour: the first read of an hour moves `hour` forward (one
 * INSERT … ON CONFLICT DO UPDATE … WHERE hour < the new hour), later reads of that hour change
 * nothing. One row per member and board, so the table never grows with time.
 */
export const boardAccesses = pgTable(
  "board_accesses",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    hour: timestampTz("hour").notNull(),
  },
  // board_id: deleting a board cascades here.
  (t) => [primaryKey({ columns: [t.userId, t.boardId] }), index("board_accesses_board_idx").on(t.boardId)],
);
