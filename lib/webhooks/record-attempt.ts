import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { webhookAttempts, webhookDeliveries, type Webhook, type WebhookDelivery } from "@/db/schema";
import { transact } from "@/lib/events/transaction";
import { countDeliveryFailure, disableWebhook } from "./count-delivery-failure";
import type { PostWebhookResult } from "./http-post";
import { describeOutcome, type AttemptDecision, type AttemptErrorKind, type WebhookPolicy } from "./policy";

export type Sent = Omit<PostWebhookResult, "errorKind"> & { errorKind?: AttemptErrorKind };

export interface RecordInput {
  delivery: WebhookDelivery;
  webhook: Webhook;
  token: string;
  attemptId: string;
  /** Within the current run of the retry schedule. */
  attemptNumber: number;
  startedAt: Date;
  headers: Record<string, string>;
  sent: Sent;
  decision: AttemptDecision;
}

/**
 * Writes the attempt to the log and applies the policy's decision to the delivery and webhook,
 * atomically, and only while this worker still holds the delivery's lease: if the lease ran out
 * and another worker took over, that worker owns the outcome (this attempt still gets logged).
 *
 * Success and retry — nearly every attempt — are one statement (data-modifying CTEs), one round
 * trip; that is most of the worker's throughput. Failures that touch the webhook's failure count
 * take a transaction.
 */
export async function recordAttempt(db: Database, policy: WebhookPolicy, input: RecordInput): Promise<void> {
  const { decision } = input;
  if (decision.kind === "succeeded" || (decision.kind === "retry" && !input.delivery.isTest)) {
    await recordInOneStatement(db, input);
    return;
  }
  // transact, not a bare transaction: disabling the webhook records an event.
  await transact(db, async (tx) => {
    await tx.insert(webhookAttempts).values(attemptValues(input));
    const [updated] = await tx
      .update(webhookDeliveries)
      .set(deliveryUpdate(input))
      .where(and(eq(webhookDeliveries.id, input.delivery.id), eq(webhookDeliveries.lockToken, input.token)))
      .returning({ id: webhookDeliveries.id });
    if (!updated) return;
    if (decision.kind === "disable_webhook")
      await disableWebhook(tx, input.webhook.id, "gone", "Deactivated because the receiver answered 410 Gone.");
    // Tests are single attempts that never count toward deactivation.
    else if (!input.delivery.isTest) await countDeliveryFailure(tx, policy, input.webhook.id, describeOutcome(input.sent));
  });
}

export function attemptValues(input: RecordInput) {
  return {
    id: input.attemptId,
    deliveryId: input.delivery.id,
    number: input.delivery.attempts + 1,
    startedAt: input.startedAt,
    durationMs: input.sent.durationMs,
    statusCode: input.sent.status ?? null,
    errorKind: input.sent.errorKind ?? null,
    errorMessage: input.sent.errorMessage ?? null,
    responseExcerpt: input.sent.responseExcerpt ?? null,
    requestHeaders: input.headers,
  };
}

export function deliveryUpdate({ delivery, decision, sent, startedAt, attemptNumber }: RecordInput) {
  const now = new Date();
  return {
    status: decision.kind === "succeeded" ? ("success" as const) : decision.kind === "retry" ? ("pending" as const) : ("failed" as const),
    attempts: delivery.attempts + 1,
    runAttempts: attemptNumber,
    nextAttemptAt: decision.kind === "retry" ? new Date(now.getTime() + decision.delayMs) : null,
    failureReason:
      decision.kind === "failed" || decision.kind === "disable_webhook"
        ? decision.reason
        : decision.kind === "retry" && delivery.isTest
          ? describeOutcome(sent)
          : null,
    lastAttemptAt: startedAt,
    lastStatusCode: sent.status ?? null,
    lastDurationMs: sent.durationMs,
    lockedUntil: null,
    lockToken: null,
    updatedAt: now,
  };
}

async function recordInOneStatement(db: Database, input: RecordInput): Promise<void> {
  const a = attemptValues(input);
  const d = deliveryUpdate(input);
  const ts = (date: Date | null) => (date ? date.toISOString() : null);
  const succeeded = input.decision.kind === "succeeded" && !input.delivery.isTest;
  await db.execute(sql`
    WITH delivery AS (
      UPDATE webhook_deliveries SET
        status = ${d.status}, attempts = ${d.attempts}, run_attempts = ${d.runAttempts},
        next_attempt_at = ${ts(d.nextAttemptAt)}::timestamptz, failure_reason = ${d.failureReason},
        last_attempt_at = ${ts(d.lastAttemptAt)}::timestamptz, last_status_code = ${d.lastStatusCode}::integer,
        last_duration_ms = ${d.lastDurationMs}, locked_until = NULL, lock_token = NULL, updated_at = now()
      WHERE id = ${input.delivery.id} AND lock_token = ${input.token}
      RETURNING webhook_id
    ), attempt AS (
      INSERT INTO webhook_attempts (id, delivery_id, number, started_at, duration_ms, status_code, error_kind, error_message, response_excerpt, request_headers)
      VALUES (${a.id}, ${a.deliveryId}, ${a.number}, ${ts(a.startedAt)}::timestamptz, ${a.durationMs}, ${a.statusCode}::integer,
              ${a.errorKind}, ${a.errorMessage}, ${a.responseExcerpt}, ${JSON.stringify(a.requestHeaders)}::jsonb)
    )
    -- One successful delivery resets the webhook's run of failures.
    UPDATE webhooks SET consecutive_failures = 0
    WHERE ${succeeded} AND consecutive_failures <> 0 AND id IN (SELECT webhook_id FROM delivery)
  `);
}
