import type { WebhookAttempt, WebhookDelivery } from "@/db/schema";
import type { AttemptJson, DeliveryDetailJson, DeliveryJson } from "./schemas";

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function serializeDelivery(delivery: WebhookDelivery): DeliveryJson {
  return {
    id: delivery.id,
    webhook_id: delivery.webhookId,
    event: delivery.eventType,
    event_id: delivery.eventId,
    test: delivery.isTest,
    status: delivery.status,
    attempts: delivery.attempts,
    last_status_code: delivery.lastStatusCode,
    last_response_time_ms: delivery.lastDurationMs,
    failure_reason: delivery.failureReason,
    created_at: delivery.createdAt.toISOString(),
    last_attempt_at: iso(delivery.lastAttemptAt),
    next_attempt_at: delivery.status === "pending" ? iso(delivery.nextAttemptAt) : null,
  };
}

export function serializeAttempt(attempt: WebhookAttempt): AttemptJson {
  return {
    id: attempt.id,
    number: attempt.number,
    started_at: attempt.startedAt.toISOString(),
    status_code: attempt.statusCode,
    error_kind: attempt.errorKind as AttemptJson["error_kind"],
    error_message: attempt.errorMessage,
    duration_ms: attempt.durationMs,
    response_excerpt: attempt.responseExcerpt,
    request_headers: attempt.requestHeaders,
  };
}

/** `attempts` in chronological order. */
export function serializeDeliveryDetail(delivery: WebhookDelivery, attempts: WebhookAttempt[]): DeliveryDetailJson {
  return {
    ...serializeDelivery(delivery),
    payload: JSON.parse(delivery.payload),
    request_headers: attempts.at(-1)?.requestHeaders ?? null,
    attempt_log: attempts.map(serializeAttempt),
  };
}
