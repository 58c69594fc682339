import { index, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, timestampTz } from "./columns";
import { users } from "./users";

export const accountTokenPurposeEnum = pgEnum("account_token_purpose", ["password_reset", "email_change"]);

/**
 * Single-use links sent to (or generated for) an account: a password reset, or the confirmation
 * of a new email. Only the SHA-256 of the secret is kept; `used_at` is set by the one UPDATE that
 * redeems it (… WHERE used_at IS NULL AND expires_at > now()), so two clicks cannot both win.
 */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurposeEnum("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** email_change: the address being confirmed. */
    newEmail: text("new_email"),
    /** Who made it: the user themself (null), or the owner/admin who generated a reset link. */
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestampTz("expires_at").notNull(),
    usedAt: timestampTz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("account_tokens_hash_key").on(t.tokenHash), index("account_tokens_user_idx").on(t.userId)],
);

export type AccountToken = typeof accountTokens.$inferSelect;
