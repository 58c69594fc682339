import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { webhookDeliveries, webhooks, type EventRow } from "@/db/schema";
import { onCommit } from "@/lib/events/transaction";
import { idTimeFloor, newId } from "@/lib/ids";
import { buildPayload } from "./build-payload";
import { deliveryScheduler } from "./delivery-scheduler";

/**
 * Creates the webhook deliveries of one event inside the event's transaction, in one
 * INSERT … SELECT: one row per webhook of the workspace subscribed to the event's type (empty =
 * all) and board (empty = all; workspace-level events go to every webhook). Active webhooks get a
 * `pending` delivery due now; inactive ones, and those over their max_deliveries_per_day, a
 * `skipped` one that `recover` can replay.
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
  const overCap = overDailyCap(new Date());
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
          status: sql`CASE WHEN ${webhooks.active} AND NOT ${overCap} THEN 'pending' ELSE 'skipped' END`.as("status"),
          attempts: sql`0`.as("attempts"),
          runAttempts: sql`0`.as("run_attempts"),
          nextAttemptAt: sql`CASE WHEN ${webhooks.active} AND NOT ${overCap} THEN now() END`.as("next_attempt_at"),
          lockedUntil: sql`NULL::timestamptz`.as("locked_until"),
          lockToken: sql`NULL::text`.as("lock_token"),
          lastAttemptAt: sql`NULL::timestamptz`.as("last_attempt_at"),
          lastStatusCode: sql`NULL::integer`.as("last_status_code"),
          lastDurationMs: sql`NULL::integer`.as("last_duration_ms"),
          failureReason: sql`CASE WHEN ${webhooks.active} AND ${overCap} THEN ${overCapReason} END`.as("failure_reason"),
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

/**
 * True for a webhook that already has max_deliveries_per_day deliveries today (UTC), skipped and
 * test ones aside. Counted through the (webhook_id, id) index from today's first possible id, and
 * never past the cap, so a capped webhook costs at most `cap` index entries per event. Two
 * transactions committing at the same moment can each take the last slot: the cap may be passed
 * by the number of concurrent writers, never more.
 */
function overDailyCap(now: Date) {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return sql`(${webhooks.maxDeliveriesPerDay} IS NOT NULL AND (
    SELECT count(*) FROM (
      SELECT 1 FROM webhook_deliveries d
      WHERE d.webhook_id = ${webhooks.id} AND d.id >= ${idTimeFloor("delivery", midnight)} AND d.status <> 'skipped' AND NOT d.is_test
      LIMIT ${webhooks.maxDeliveriesPerDay}
    ) today
  ) >= ${webhooks.maxDeliveriesPerDay})`;
}

const overCapReason = sql`'Over the daily cap of ' || ${webhooks.maxDeliveriesPerDay} || ' deliveries (max_deliveries_per_day); replay it with recover.'`;
