import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { webhookDeliveries, webhooks, type EventRow } from "@/db/schema";
import { onCommit } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { buildPayload } from "./build-payload";
import { deliveryScheduler } from "./delivery-scheduler";

/**
 * Creates the webhook deliveries of one event inside the event's transaction, in one
 * INSERT … SELECT: one row per webhook of the workspace subscribed to the event's type (empty =
 * all) and board (empty = all; workspace-level events go to every webhook). Active webhooks get a
 * `pending` delivery due now, inactive ones a `skipped` one that `recover` can replay.
 * The pending ones go to the delivery scheduler once the transaction commits (never before: no
 * attempt may see a delivery for a change that rolled back). Returns how many are pending.
 */
export async function fanOutDeliveries(tx: Tx, event: EventRow): Promise<number> {
  const payload = buildPayload(event);
  // Ids like newId("delivery"): the time part from here (so they sort by creation), the random
  // part per row from the database, since one statement makes them all.
  const timePrefix = newId("delivery").slice(0, "msg_".length + 10);
  const boardMatches = event.boardId
    ? sql`(cardinality(${webhooks.boardIds}) = 0 OR ${event.boardId} = ANY(${webhooks.boardIds}))`
    : sql`true`;
  const rows = await tx
    .insert(webhookDeliveries)
    .select((qb) =>
      qb
        .select({
          id: sql`${timePrefix} || substr(md5(random()::text || ${webhooks.id}), 1, 16)`.as("id"),
          webhookId: sql`${webhooks.id}`.as("webhook_id"),
          workspaceId: sql`${webhooks.workspaceId}`.as("workspace_id"),
          eventId: sql`${event.id}`.as("event_id"),
          eventType: sql`${event.type}`.as("event_type"),
          payload: sql`${payload}`.as("payload"),
          isTest: sql`false`.as("is_test"),
          status: sql`CASE WHEN ${webhooks.active} THEN 'pending' ELSE 'skipped' END`.as("status"),
          attempts: sql`0`.as("attempts"),
          runAttempts: sql`0`.as("run_attempts"),
          nextAttemptAt: sql`CASE WHEN ${webhooks.active} THEN now() END`.as("next_attempt_at"),
          lockedUntil: sql`NULL::timestamptz`.as("locked_until"),
          lockToken: sql`NULL::text`.as("lock_token"),
          lastAttemptAt: sql`NULL::timestamptz`.as("last_attempt_at"),
          lastStatusCode: sql`NULL::integer`.as("last_status_code"),
          lastDurationMs: sql`NULL::integer`.as("last_duration_ms"),
          failureReason: sql`NULL::text`.as("failure_reason"),
          createdAt: sql`now()`.as("created_at"),
          updatedAt: sql`now()`.as("updated_at"),
        })
        .from(webhooks)
        .where(
          and(
            eq(webhooks.workspaceId, event.workspaceId),
            sql`(cardinality(${webhooks.events}) = 0 OR ${event.type} = ANY(${webhooks.events}))`,
            boardMatches,
            // A webhook's own webhook.disabled goes to the others: it has just stopped receiving.
            event.type === "webhook.disabled" ? sql`${webhooks.id} <> ${String(event.data.id)}` : sql`true`,
          ),
        ),
    )
    .returning({ id: webhookDeliveries.id, webhookId: webhookDeliveries.webhookId, status: webhookDeliveries.status });
  const pending = rows.filter((row) => row.status === "pending");
  if (pending.length > 0) onCommit(tx, () => deliveryScheduler().dispatch(pending));
  return pending.length;
}
