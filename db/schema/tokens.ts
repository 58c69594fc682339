import { index, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, timestampTz } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

export const tokenScopeEnum = pgEnum("token_scope", ["read", "read_write"]);

/**
 * Personal API tokens. The plaintext is shown once at creation; only its SHA-256 is kept (a
 * leaked database does not leak usable tokens), plus a short hint so people can tell tokens
 * apart. A token acts as its user in its workspace, capped by scope and optional boards.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // Hex SHA-256 of the whole token; every request looks the token up by it.
    tokenHash: text("token_hash").notNull(),
    hint: text("hint").notNull(),
    scope: tokenScopeEnum("scope").notNull(),
    // null = every board the user can see; otherwise only these (dangling ids of deleted boards
    // simply match nothing).
    boardIds: text("board_ids").array(),
    expiresAt: timestampTz("expires_at"),
    lastUsedAt: timestampTz("last_used_at"),
    revokedAt: timestampTz("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("api_tokens_hash_key").on(t.tokenHash), index("api_tokens_workspace_user_idx").on(t.workspaceId, t.userId, t.id)],
);

export type ApiToken = typeof apiTokens.$inferSelect;
export type TokenScope = (typeof tokenScopeEnum.enumValues)[number];
