import { index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { users } from "./users";
import { roleEnum, workspaces } from "./workspaces";

/**
 * A pending invitation of an email that has no account yet. Signing up with that email turns it
 * into a membership (lib/accounts/sign-up.ts) and deletes the row.
 */
export const invites = pgTable(
  "invites",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    // Stored lower-cased, like users.email, so the sign-up lookup is an equality.
    email: text("email").notNull(),
    role: roleEnum("role").notNull(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    // One pending invite per email and workspace: inviting again is a 409, not a duplicate.
    uniqueIndex("invites_workspace_email_key").on(t.workspaceId, t.email),
    index("invites_email_idx").on(t.email),
  ],
);

export type Invite = typeof invites.$inferSelect;
