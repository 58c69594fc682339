import { integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestampTz } from "./columns";
import { workspaces } from "./workspaces";

/**
 * Idempotency keys of POST /v1/* (lib/idempotency/): one row per caller and key, holding the
 * fingerprint of the first request and, once it finished, its response to replay. `status` null
 * means the first request is still running. Kept 24 hours (pruned with the delivery log).
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    // `token:<id>` or `user:<id>`: whose key it is (a token's keys are not its user's session's).
    caller: text("caller").notNull(),
    key: text("key").notNull(),
    // `POST /v1/cards`: the same key on another operation is a different request.
    operation: text("operation").notNull(),
    // Hex SHA-256 of the operation and the body as sent (JSON re-serialized; see fingerprint.ts).
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    headers: jsonb("headers").$type<[string, string][]>(),
    body: text("body"),
    createdAt: createdAt(),
    completedAt: timestampTz("completed_at"),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.caller, t.key] })],
);
