import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { boards } from "./boards";
import { createdAt, id, timestampTz, updatedAt } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

/**
 * A board import (a Trello export, a Tasktide export, or a CSV of cards): accepted at once (202)
 * and run in the background in one transaction. `source_hash` makes it idempotent per file: the
 * same file (and target) again answers the import that exists instead of making another board,
 * unless that one failed. `plan` is the parsed file, kept until the import has run.
 */
export const imports = pgTable(
  "imports",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["trello", "tasktide", "csv"] }).notNull(),
    fileName: text("file_name").notNull(),
    sourceHash: text("source_hash").notNull(),
    status: text("status", { enum: ["queued", "running", "completed", "failed"] }).notNull(),
    // The board made (trello, tasktide) or filled (csv); set when the import completes.
    boardId: text("board_id").references(() => boards.id, { onDelete: "set null" }),
    targetBoardId: text("target_board_id").references(() => boards.id, { onDelete: "cascade" }),
    plan: jsonb("plan"),
    counts: jsonb("counts").$type<Record<string, number>>(),
    warnings: jsonb("warnings").$type<string[]>(),
    error: text("error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: timestampTz("finished_at"),
  },
  (t) => [
    index("imports_workspace_idx").on(t.workspaceId, t.id),
    uniqueIndex("imports_source_key")
      .on(t.workspaceId, t.kind, t.sourceHash)
      .where(sql`${t.status} <> 'failed'`),
  ],
);

export type ImportRow = typeof imports.$inferSelect;
