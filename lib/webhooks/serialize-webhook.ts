import type { Webhook } from "@/db/schema";
import { NO_DELIVERIES, type DeliveryHealth } from "./delivery-health";
import type { WebhookJson } from "./schemas";

/**
 * Never includes the secret: only its hint. The secret appears once, in create and rotate.
 * `health` is the newest delivery (delivery-health.ts), loaded by the caller with the row.
 */
export function serializeWebhook(webhook: Webhook, health: DeliveryHealth = NO_DELIVERIES, now: Date = new Date()): WebhookJson {
  const graceEnd =
    webhook.previousSecretCiphertext && webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now
      ? webhook.previousSecretExpiresAt
      : null;
  return {
    id: webhook.id,
    workspace_id: webhook.workspaceId,
    url: webhook.url,
    description: webhook.description,
    events: webhook.events,
    board_ids: webhook.boardIds,
    active: webhook.active,
    signature_format: webhook.signatureFormat,
    headers: webhook.headerHints,
    rate_limit_per_second: webhook.rateLimitPerSecond,
    max_deliveries_per_day: webhook.maxDeliveriesPerDay,
    secret_hint: webhook.secretHint,
    previous_secret_expires_at: graceEnd?.toISOString() ?? null,
    consecutive_failures: webhook.consecutiveFailures,
    disabled_reason: webhook.disabledReason,
    disabled_at: webhook.disabledAt?.toISOString() ?? null,
    disabled_by: webhook.active ? null : webhook.disabledBy,
    disabled_acknowledged: !webhook.active && webhook.disabledAcknowledgedAt !== null,
    last_delivery_status: health.status,
    last_delivery_at: health.at?.toISOString() ?? null,
    last_delivery_status_code: health.statusCode,
    created_by: webhook.createdBy,
    created_at: webhook.createdAt.toISOString(),
    updated_at: webhook.updatedAt.toISOString(),
  };
}
