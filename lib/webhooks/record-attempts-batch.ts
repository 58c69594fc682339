import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { WebhookPolicy } from "./policy";
import { attemptValues, deliveryUpdate, recordAttempt, type RecordInput } from "./record-attempt";

interface Queued {
  db: Database;
  policy: WebhookPolicy;
  input: RecordInput;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for the embedded worker's attempt log: successes and retries (nearly every
 * attempt) that finish while a write is in flight are written together by the next one, in one
 * statement for the whole batch, so a busy worker makes one round trip per batch instead of one
 * per attempt, and an idle one waits for nobody. Each row keeps recordAttempt's guarantees: the
 * attempt is always logged, the delivery updated only while this worker's lease token matches.
 * Failures that touch the webhook's failure count keep recordAttempt's own transaction.
 * If a batch statement fails (a delivery deleted meanwhile, an excerpt JSON cannot carry), its
 * rows are written one by one, so one bad row never costs the others their record.
 */
export class AttemptRecorder {
  private queue: Queued[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly maxBatch = 250) {}

  readonly record = (db: Database, policy: WebhookPolicy, input: RecordInput): Promise<void> => {
    if (!isBatchable(input)) return recordAttempt(db, policy, input);
    return new Promise((resolve, reject) => {
      this.queue.push({ db, policy, input, resolve, reject });
      // setImmediate: attempts answered in the same turn of the event loop join one batch.
      this.flushing ??= new Promise<void>((done) => setImmediate(done)).then(() => this.flush());
    });
  };

  /** Settles once everything queued so far is written. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        await recordMany(batch[0].db, batch);
        for (const item of batch) item.resolve();
      } catch {
        for (const item of batch) await recordAttempt(item.db, item.policy, item.input).then(item.resolve, item.reject);
      }
    }
    this.flushing = null;
  }
}

export function isBatchable({ decision, delivery }: RecordInput): boolean {
  return decision.kind === "succeeded" || (decision.kind === "retry" && !delivery.isTest);
}

async function recordMany(db: Database, batch: readonly Queued[]): Promise<void> {
  if (new Set(batch.map((item) => item.db)).size > 1) throw new Error("one batch, one database");
  const rows = batch.map(({ input }) => {
    const a = attemptValues(input);
    const d = deliveryUpdate(input);
    return {
      id: input.delivery.id,
      token: input.token,
      status: d.status,
      attempts: d.attempts,
      run_attempts: d.runAttempts,
      next_attempt_at: d.nextAttemptAt?.toISOString() ?? null,
      failure_reason: d.failureReason,
      last_attempt_at: d.lastAttemptAt.toISOString(),
      last_status_code: d.lastStatusCode,
      last_duration_ms: d.lastDurationMs,
      succeeded: input.decision.kind === "succeeded" && !input.delivery.isTest,
      attempt_id: a.id,
      number: a.number,
      started_at: a.startedAt.toISOString(),
      duration_ms: a.durationMs,
      status_code: a.statusCode,
      error_kind: a.errorKind,
      error_message: a.errorMessage,
      response_excerpt: a.responseExcerpt,
      request_headers: a.requestHeaders,
    };
  });
  await db.execute(sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS i(
        id text, token text, status text, attempts integer, run_attempts integer, next_attempt_at timestamptz,
        failure_reason text, last_attempt_at timestamptz, last_status_code integer, last_duration_ms integer,
        succeeded boolean, attempt_id text, number integer, started_at timestamptz, duration_ms integer,
        status_code integer, error_kind text, error_message text, response_excerpt text, request_headers jsonb)
    ), delivery AS (
      UPDATE webhook_deliveries d SET
        status = i.status, attempts = i.attempts, run_attempts = i.run_attempts, next_attempt_at = i.next_attempt_at,
        failure_reason = i.failure_reason, last_attempt_at = i.last_attempt_at, last_status_code = i.last_status_code,
        last_duration_ms = i.last_duration_ms, locked_until = NULL, lock_token = NULL, updated_at = now()
      FROM input i
      WHERE d.id = i.id AND d.lock_token = i.token
      RETURNING d.webhook_id, i.succeeded
    ), attempt AS (
      INSERT INTO webhook_attempts (id, delivery_id, number, started_at, duration_ms, status_code, error_kind, error_message, response_excerpt, request_headers)
      SELECT attempt_id, id, number, started_at, duration_ms, status_code, error_kind, error_message, response_excerpt, request_headers
      FROM input
    )
    -- One successful delivery resets the webhook's run of failures.
    UPDATE webhooks SET consecutive_failures = 0
    WHERE consecutive_failures <> 0 AND id IN (SELECT webhook_id FROM delivery WHERE succeeded)
  `);
}
