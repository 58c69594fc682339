import { index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, timestampTz } from "./columns";
import { users } from "./users";

/**
 * Two-factor recovery codes: ten per enrolment, shown once, stored as SHA-256 (they are long
 * random strings, so a fast hash is enough); `used_at` is set by the one UPDATE that spends one.
 */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestampTz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);
