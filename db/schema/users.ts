import { integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, timestampTz } from "./columns";

export const users = pgTable(
  "users",
  {
    id: id(),
    // Stored lower-cased; the unique index makes sign-up races end in one account.
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    /**
     * Set when the person deleted their account: the row stays (cards, comments and time entries
     * keep pointing at it) with the name "Former member", an address that cannot receive mail
     * and a password hash nothing verifies against.
     */
    deletedAt: timestampTz("deleted_at"),
    /** Two-factor (TOTP): the secret, encrypted with the app secret (lib/crypto/secret-box.ts); null = off. */
    totpSecret: text("totp_secret"),
    /** A secret being enrolled: becomes totp_secret when a code from it is confirmed. */
    totpPendingSecret: text("totp_pending_secret"),
    /** The last 30-second step whose code was accepted: a code is never accepted twice. */
    totpLastStep: integer("totp_last_step"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export type User = typeof users.$inferSelect;
