import { bigint, index, pgTable, text } from "drizzle-orm/pg-core";
import { cards } from "./cards";
import { createdAt, id, updatedAt } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

/**
 * Attachments on a card: an uploaded file (its bytes live in the file storage under
 * `storage_key`, never in the database) or a link (`url`). A row deleted by any path — the
 * API, or a cascade from its card, list, board or workspace — leaves its storage keys in
 * `file_purges` (a trigger, migration `files_purge`), and the purger deletes the objects.
 */
export const files = pgTable(
  "files",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
    uploaderId: text("uploader_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["upload", "link"] }).notNull(),
    name: text("name").notNull(),
    // Detected from the bytes at upload (lib/files/sniff-content-type.ts); null for links.
    contentType: text("content_type"),
    size: bigint("size", { mode: "number" }).notNull().default(0),
    storageKey: text("storage_key"),
    url: text("url"),
    thumbnailKey: text("thumbnail_key"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("files_card_idx").on(t.cardId, t.id), index("files_workspace_idx").on(t.workspaceId, t.id)],
);

export type FileRow = typeof files.$inferSelect;

/** Storage objects whose rows are gone: deleted from the storage after commit, then from here. */
export const filePurges = pgTable("file_purges", {
  storageKey: text("storage_key").primaryKey(),
  createdAt: createdAt(),
});
