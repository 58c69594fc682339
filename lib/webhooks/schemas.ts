import { z } from "zod";
import { idOf, idParams } from "@/lib/core/fields";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { EVENT_TYPES, isEventType } from "@/lib/events/catalog";
import { CallerSecret } from "./caller-secret";
import { CustomHeadersInput, CustomHeadersUpdate, HeaderHintSchema } from "./custom-headers";

export const DELIVERY_STATUSES = ["pending", "success", "failed", "skipped"] as const;
export const WEBHOOK_DISABLED_BY = ["admin", "failures", "gone"] as const;
export const SIGNATURE_FORMATS = ["sha256_prefixed", "hex"] as const;
export const MAX_RATE_LIMIT_PER_SECOND = 1000;
export const MAX_DELIVERIES_PER_DAY = 10_000_000;

const signatureFormat = z.enum(SIGNATURE_FORMATS).meta({
  description:
    "X-Webhook-Signature's form: `sha256_prefixed` (default) sends `sha256=<hex>`, `hex` the bare 64-character hex digest. The Standard Webhooks headers are the same either way.",
});
const rateLimitPerSecond = z
  .number()
  .int("rate_limit_per_second must be a whole number.")
  .min(1, "rate_limit_per_second must be at least 1.")
  .max(MAX_RATE_LIMIT_PER_SECOND, `rate_limit_per_second must be at most ${MAX_RATE_LIMIT_PER_SECOND}.`)
  .meta({ description: "At most this many deliveries per second are sent; more wait their turn (paced, never failed). Null: no limit." });
const maxDeliveriesPerDay = z
  .number()
  .int("max_deliveries_per_day must be a whole number.")
  .min(1, "max_deliveries_per_day must be at least 1.")
  .max(MAX_DELIVERIES_PER_DAY, `max_deliveries_per_day must be at most ${MAX_DELIVERIES_PER_DAY}.`)
  .meta({
    description:
      "Over this many deliveries in a UTC day, further events are recorded as `skipped` with the reason, and can be replayed with recover. Null: no cap.",
  });

export const WebhookSchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.string()).meta({ description: "Subscribed event types; empty = every event type." }),
    board_ids: z
      .array(z.string())
      .meta({ description: "Boards whose events are sent; empty = all. Workspace-level events always arrive." }),
    active: z.boolean(),
    signature_format: signatureFormat,
    headers: z.array(HeaderHintSchema).meta({ description: "The webhook's own headers, values masked." }),
    rate_limit_per_second: rateLimitPerSecond.nullable(),
    max_deliveries_per_day: maxDeliveriesPerDay.nullable(),
    secret_hint: z.string().meta({ description: "Identifies the signing secret without revealing it." }),
    previous_secret_expires_at: z.string().nullable().meta({ description: "Until then the rotated-out secret also signs." }),
    consecutive_failures: z.number().int(),
    disabled_reason: z.string().nullable(),
    disabled_at: z.string().nullable(),
    disabled_acknowledged: z.boolean().meta({
      description:
        "An admin has dismissed the notice that this webhook was turned off automatically (POST …/acknowledge). False while it is on.",
    }),
    disabled_by: z.enum(WEBHOOK_DISABLED_BY).nullable().meta({
      description:
        "Why it is inactive: `admin` (paused), `failures` (turned off after too many failed deliveries in a row) or `gone` (the receiver answered 410). Null while active.",
    }),
    last_delivery_status: z
      .enum(DELIVERY_STATUSES)
      .nullable()
      .meta({ description: "Status of the newest delivery (test deliveries aside); null when there is none yet." }),
    last_delivery_at: z
      .string()
      .nullable()
      .meta({ description: "When the newest delivery was last attempted, or created if it has not been attempted (skipped or queued)." }),
    last_delivery_status_code: z
      .number()
      .int()
      .nullable()
      .meta({ description: "HTTP status of the newest delivery's latest attempt; null if none was received." }),
    created_by: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Webhook" });
export type WebhookJson = z.infer<typeof WebhookSchema>;

export const WebhookWithSecretSchema = WebhookSchema.extend({
  secret: z.string().meta({ description: "whsec_… (or the secret you gave): shown only in this response. Store it to verify signatures." }),
}).meta({ id: "WebhookWithSecret" });
export type WebhookWithSecretJson = z.infer<typeof WebhookWithSecretSchema>;

const url = z.string().trim().min(1, "URL must not be empty.").max(2048, "URL must be at most 2048 characters.");
const description = z.string().max(1000, "Description must be at most 1000 characters.");
const eventTypes = z
  .array(z.string().max(100))
  .max(EVENT_TYPES.length, `At most ${EVENT_TYPES.length} event types.`)
  .superRefine((types, ctx) => {
    const unknown = [...new Set(types.filter((type) => !isEventType(type)))];
    if (unknown.length > 0)
      ctx.addIssue({ code: "custom", message: `Unknown event type${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.` });
  })
  .transform((types) => [...new Set(types)])
  .meta({ description: `Event types to send; omit or [] for all. One of: ${EVENT_TYPES.join(", ")}.` });
const boardIds = z
  .array(z.string().max(100))
  .max(100, "At most 100 boards.")
  .transform((ids) => [...new Set(ids)]);

export const CreateWebhookInput = z
  .strictObject({
    url,
    events: eventTypes.optional(),
    board_ids: boardIds.optional(),
    description: description.optional(),
    active: z.boolean().optional(),
    secret: CallerSecret.optional(),
    signature_format: signatureFormat.optional(),
    headers: CustomHeadersInput.optional(),
    rate_limit_per_second: rateLimitPerSecond.nullable().optional(),
    max_deliveries_per_day: maxDeliveriesPerDay.nullable().optional(),
  })
  .meta({ id: "CreateWebhookInput" });
export type CreateWebhookInput = z.infer<typeof CreateWebhookInput>;

export const UpdateWebhookInput = z
  .strictObject({
    url: url.optional(),
    events: eventTypes.optional(),
    board_ids: boardIds.optional(),
    description: description.optional(),
    active: z.boolean().optional(),
    signature_format: signatureFormat.optional(),
    headers: CustomHeadersUpdate.optional(),
    rate_limit_per_second: rateLimitPerSecond.nullable().optional(),
    max_deliveries_per_day: maxDeliveriesPerDay.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .meta({ id: "UpdateWebhookInput" });
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookInput>;

export const ListWebhooksQuery = PaginationQuery.strict();
export type ListWebhooksQuery = z.infer<typeof ListWebhooksQuery>;

export const TestWebhookInput = z
  .strictObject({
    event: z
      .string()
      .max(100)
      .refine(isEventType, { error: (issue) => `Unknown event type: ${String(issue.input)}.` })
      .optional()
      .meta({ description: "Send a sample of this type (marked as a test) instead of webhook.test." }),
  })
  .meta({ id: "TestWebhookInput" });
export type TestWebhookInput = z.infer<typeof TestWebhookInput>;

export const MAX_GRACE_SECONDS = 7 * 24 * 60 * 60;
export const RotateSecretInput = z
  .strictObject({
    grace_period_seconds: z
      .number()
      .int("grace_period_seconds must be a whole number.")
      .min(0)
      .max(MAX_GRACE_SECONDS, `grace_period_seconds must be at most ${MAX_GRACE_SECONDS} (7 days).`)
      .optional()
      .meta({ description: "How long the old secret keeps signing too; 0 (default) stops it at once." }),
    secret: CallerSecret.optional(),
  })
  .meta({ id: "RotateSecretInput" });
export type RotateSecretInput = z.infer<typeof RotateSecretInput>;

export const RecoverInput = z
  .strictObject({
    since: z.iso.datetime({ offset: true, message: "since must be an ISO 8601 date-time." }),
    until: z.iso.datetime({ offset: true, message: "until must be an ISO 8601 date-time." }).optional(),
  })
  .refine((v) => !v.until || Date.parse(v.since) < Date.parse(v.until), { message: "since must be before until.", path: ["since"] })
  .meta({ id: "RecoverWebhookInput" });
export type RecoverInput = z.infer<typeof RecoverInput>;

export const RecoverPreviewQuery = z
  .object({
    since: z.iso
      .datetime({ offset: true, message: "since must be an ISO 8601 date-time." })
      .optional()
      .meta({ description: "Start of the window (inclusive). Omitted: everything after the newest successful delivery." }),
    until: z.iso
      .datetime({ offset: true, message: "until must be an ISO 8601 date-time." })
      .optional()
      .meta({ description: "End of the window (exclusive); default now." }),
  })
  .strict()
  .refine((v) => !v.since || !v.until || Date.parse(v.since) < Date.parse(v.until), {
    message: "since must be before until.",
    path: ["since"],
  });
export type RecoverPreviewQuery = z.infer<typeof RecoverPreviewQuery>;

export const RecoverPreviewSchema = z
  .object({
    count: z.number().int().meta({ description: "How many deliveries POST …/recover with the same window would queue again." }),
    oldest_created_at: z
      .string()
      .nullable()
      .meta({ description: "created_at of the oldest of them: pass it as `since` to recover exactly these. Null when there are none." }),
  })
  .meta({ id: "RecoverWebhookPreview" });
export type RecoverPreviewJson = z.infer<typeof RecoverPreviewSchema>;

export const RecoverResultSchema = z
  .object({
    requeued: z.number().int().meta({ description: "Skipped or failed deliveries of the window queued again." }),
  })
  .meta({ id: "RecoverWebhookResult" });

export const ListDeliveriesQuery = PaginationQuery.extend({
  status: z.enum(DELIVERY_STATUSES).optional(),
  event: z.string().max(100).refine(isEventType, "Unknown event type.").optional(),
}).strict();
export type ListDeliveriesQuery = z.infer<typeof ListDeliveriesQuery>;

export const DeliverySchema = z
  .object({
    id: z.string().meta({ description: "msg_…: identical on every attempt (X-Webhook-Delivery, webhook-id)." }),
    webhook_id: z.string(),
    event: z.string(),
    event_id: z.string().nullable(),
    test: z.boolean(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    last_status_code: z.number().int().nullable(),
    last_response_time_ms: z.number().int().nullable(),
    failure_reason: z.string().nullable(),
    created_at: z.string(),
    last_attempt_at: z.string().nullable(),
    next_attempt_at: z.string().nullable(),
  })
  .meta({ id: "WebhookDelivery" });
export type DeliveryJson = z.infer<typeof DeliverySchema>;

export const AttemptSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  started_at: z.string(),
  status_code: z.number().int().nullable(),
  error_kind: z.enum(["timeout", "connection", "redirect", "blocked_address", "http", "payload_too_large"]).nullable(),
  error_message: z.string().nullable(),
  duration_ms: z.number().int(),
  response_excerpt: z.string().nullable().meta({ description: "The first 4 KiB of the response body." }),
  request_headers: z.record(z.string(), z.string()),
});
export type AttemptJson = z.infer<typeof AttemptSchema>;

export const DeliveryDetailSchema = DeliverySchema.extend({
  payload: z.unknown().meta({ description: "The body exactly as sent (parsed)." }),
  request_headers: z.record(z.string(), z.string()).nullable().meta({ description: "Headers of the latest attempt, signatures included." }),
  attempt_log: z.array(AttemptSchema),
}).meta({ id: "WebhookDeliveryDetail" });
export type DeliveryDetailJson = z.infer<typeof DeliveryDetailSchema>;

export const WebhookPage = pageOf(WebhookSchema, "WebhookPage");
export const DeliveryPage = pageOf(DeliverySchema, "WebhookDeliveryPage");

/** Path parameters `{ id, delivery_id }` of one webhook's delivery. */
export const DeliveryParams = idParams("webhook").extend({
  delivery_id: idOf("delivery").meta({ description: "The delivery's id (msg_…)." }),
});
