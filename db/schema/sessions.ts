import { index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, timestampTz } from "./columns";
import { users } from "./users";

/**
 * One row per signed-in browser. next-auth's JWT carries the row's id (`sid`); every request
 * checks the row, so ending a session (revoked_at) refuses its very next request. `last_seen_at`
 * is moved forward at most once per LAST_SEEN_STEP (lib/auth/sessions.ts), not on every request.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userAgent: text("user_agent").notNull().default(""),
    ip: text("ip").notNull().default("direct"),
    createdAt: createdAt(),
    lastSeenAt: timestampTz("last_seen_at").notNull().defaultNow(),
    revokedAt: timestampTz("revoked_at"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId, t.id)],
);

export type UserSession = typeof userSessions.$inferSelect;
