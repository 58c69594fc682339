import { boolean, index, integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { users } from "./users";

export const roleEnum = pgEnum("member_role", ["owner", "admin", "member", "viewer"]);
export type Role = (typeof roleEnum.enumValues)[number];

export const workspaces = pgTable("workspaces", {
  id: id(),
  name: text("name").notNull(),
  /** How long webhook deliveries are kept; null = the server's WEBHOOK_LOG_RETENTION_DAYS, never more. */
  webhookLogRetentionDays: integer("webhook_log_retention_days"),
  /** Set by an owner: members without two-factor authentication cannot use the workspace with a session. */
  requireTwoFactor: boolean("require_two_factor").notNull().default(false),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  "memberships",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

export type Workspace = typeof workspaces.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
