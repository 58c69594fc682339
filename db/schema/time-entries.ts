import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { cards } from "./cards";
import { createdAt, id, timestampTz, updatedAt } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

/**
 * Time tracked on a card. `ended_at` is null while the timer runs; the duration is always derived
 * from the two timestamps, so it can never disagree with them.
 */
export const timeEntries = pgTable(
  "time_entries",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    startedAt: timestampTz("started_at").notNull(),
    endedAt: timestampTz("ended_at"),
    note: text("note").notNull().default(""),
    // Work to invoice; reports and the CSV export can filter on it.
    billable: boolean("billable").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("time_entries_workspace_idx").on(t.workspaceId, t.id),
    index("time_entries_card_idx").on(t.cardId, t.id),
    index("time_entries_user_idx").on(t.userId, t.id),
    // One running timer per user and workspace: two racing starts end in exactly one 409.
    uniqueIndex("time_entries_one_running_key")
      .on(t.workspaceId, t.userId)
      .where(sql`${t.endedAt} is null`),
  ],
);

export type TimeEntry = typeof timeEntries.$inferSelect;
