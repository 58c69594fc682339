import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, timestampTz, updatedAt } from "./columns";
import { events } from "./events";
import { users } from "./users";
import { workspaces } from "./workspaces";

export type WebhookDisabledBy = "admin" | "failures" | "gone";
/** How X-Webhook-Signature carries the hex digest: "sha256=<hex>" (default) or the bare "<hex>". */
export type SignatureFormat = "sha256_prefixed" | "hex";
/** A custom header as admins see it after creation: the name, and the value masked. */
export type WebhookHeaderHint = { name: string; value_hint: string };

export const webhooks = pgTable(
  "webhooks",
  {
    id: id(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    /** Empty = every event type. */
    events: text("events")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Empty = every board; workspace-level events (board_id null) always match. */
    boardIds: text("board_ids")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean("active").notNull().default(true),
    // AES-256-GCM (lib/crypto/secret-box.ts): the secret must be recovered to sign, so it is
    // encrypted rather than hashed; the hint is what admins see after creation.
    secretCiphertext: text("secret_ciphertext").notNull(),
    secretHint: text("secret_hint").notNull(),
    /** The rotated-out secret, still signing until previous_secret_expires_at. */
    previousSecretCiphertext: text("previous_secret_ciphertext"),
    previousSecretExpiresAt: timestampTz("previous_secret_expires_at"),
    signatureFormat: text("signature_format").$type<SignatureFormat>().notNull().default("sha256_prefixed"),
    // Custom headers (SIEM tokens, gateway keys) are credentials: encrypted like the secret, as
    // one JSON object { name: value }; header_hints is what the API and the log show.
    headersCiphertext: text("headers_ciphertext"),
    headerHints: jsonb("header_hints")
      .$type<WebhookHeaderHint[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Deliveries are paced to at most this many attempts per second; null = as fast as the worker goes. */
    rateLimitPerSecond: integer("rate_limit_per_second"),
    /** Over this many deliveries in a UTC day, further ones are recorded skipped (recoverable); null = no cap. */
    maxDeliveriesPerDay: integer("max_deliveries_per_day"),
    /** An admin dismissed the "turned off automatically" notice; cleared when it is disabled again. */
    disabledAcknowledgedAt: timestampTz("disabled_acknowledged_at"),
    /** Failed deliveries in a row; only a successful delivery resets it (re-enabling does not). */
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    disabledReason: text("disabled_reason"),
    /** Who turned it off: an admin's pause, the failure streak, or a 410 Gone. Null while active. */
    disabledBy: text("disabled_by").$type<WebhookDisabledBy>(),
    disabledAt: timestampTz("disabled_at"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("webhooks_workspace_idx").on(t.workspaceId, t.id)],
);

export type DeliveryStatus = "pending" | "success" | "failed" | "skipped";

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    /** msg_…: the same on every attempt, so receivers can de-duplicate on it. */
    id: id(),
    webhookId: text("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").notNull(),
    /** null for test deliveries, which are not events of the workspace. */
    eventId: text("event_id").references(() => events.id, { onDelete: "cascade" }),
    eventType: text("event_type").notNull(),
    /** The exact JSON bytes that are signed and sent, identical on every attempt. */
    payload: text("payload").notNull(),
    isTest: boolean("is_test").notNull().default(false),
    status: text("status").$type<DeliveryStatus>().notNull(),
    /** Every attempt ever made (the log's count). */
    attempts: integer("attempts").notNull().default(0),
    /** Attempts since the delivery was last (re)queued: what the retry policy counts. */
    runAttempts: integer("run_attempts").notNull().default(0),
    nextAttemptAt: timestampTz("next_attempt_at"),
    // A claim is a lease: a worker that dies mid-attempt loses it when locked_until passes.
    lockedUntil: timestampTz("locked_until"),
    lockToken: text("lock_token"),
    lastAttemptAt: timestampTz("last_attempt_at"),
    lastStatusCode: integer("last_status_code"),
    lastDurationMs: integer("last_duration_ms"),
    failureReason: text("failure_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("webhook_deliveries_webhook_idx").on(t.webhookId, t.id),
    // The worker's claim: due pending deliveries, oldest due first.
    index("webhook_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`status = 'pending'`),
    index("webhook_deliveries_created_idx").on(t.createdAt),
  ],
);

export type AttemptRequestHeaders = Record<string, string>;

export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: id(),
    deliveryId: text("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    startedAt: timestampTz("started_at").notNull(),
    durationMs: integer("duration_ms").notNull(),
    statusCode: integer("status_code"),
    /** timeout, connection, redirect, blocked_address, http, payload_too_large; null on success. */
    errorKind: text("error_kind"),
    errorMessage: text("error_message"),
    responseExcerpt: text("response_excerpt"),
    requestHeaders: jsonb("request_headers").$type<AttemptRequestHeaders>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.number)],
);

export type Webhook = typeof webhooks.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
export type WebhookAttempt = typeof webhookAttempts.$inferSelect;
