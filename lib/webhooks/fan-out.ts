import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { webhookDeliveries, webhooks, type EventRow } from "@/db/schema";
import { onCommit } from "@/lib/events/transaction";
import { idTimeFloor, newId } from "@/lib/ids";
import { buildPayload } from "./build-payload";
import { deliveryScheduler } from "./delivery-scheduler";

/**
 * Creates the webhook deliveries of events inside their transaction, in one INSERT … SELECT: one
 * row per event and webhook of the workspace subscribed to the event's type (empty = all) and
 * board (empty = all; workspace-level events go to every webhook). Active webhooks get a
 * `pending` delivery due now; inactive ones, and those over their max_deliveries_per_day, a
 * `skipped` one that `recover` can replay.
 * The pending ones go to the delivery scheduler once the transaction commits (never before: no
 * attempt may see a delivery for a change that rolled back). Returns how many are pending.
 */
export async function fanOutDeliveries(tx: Tx, events: EventRow[]): Promise<number> {
  if (events.length === 0) return 0;
  // Ids like newId("delivery"): the time part from here (so they sort by creation), then the
  // event's place in this batch (so one event's deliveries sort before the next one's), then a
  // random part per row from the database, since one statement makes them all.
  const timePrefix = newId("delivery").slice(0, "msg_".length + 10);
  const rowsOf = sql.join(
    events.map(
      (event, seq) =>
        // A webhook's own webhook.disabled goes to the others: it has just stopped receiving.
        sql`(${String(seq).padStart(6, "0")}, ${event.id}, ${event.workspaceId}, ${event.type}, ${event.boardId}::text, ${buildPayload(event)}, ${event.type === "webhook.disabled" ? String(event.data.id) : null}::text)`,
    ),
    sql`, `,
  );
  const overCap = overDailyCap(new Date());
  const pendingNow = sql`${webhooks.active} AND NOT ${overCap}`;
  const result = await tx.execute(sql`
    insert into ${webhookDeliveries} (id, webhook_id, workspace_id, event_id, event_type, payload, status, next_attempt_at, failure_reason)
    select ${timePrefix} || ev.seq || substr(md5(random()::text || ${webhooks.id}), 1, 10), ${webhooks.id}, ${webhooks.workspaceId}, ev.id, ev.type, ev.payload,
      case when ${pendingNow} then 'pending' else 'skipped' end,
      case when ${pendingNow} then now() end,
      case when ${webhooks.active} and ${overCap} then ${overCapReason} end
    from (values ${rowsOf}) as ev(seq, id, workspace_id, type, board_id, payload, excluded_webhook)
    join ${webhooks} on ${webhooks.workspaceId} = ev.workspace_id
    where (cardinality(${webhooks.events}) = 0 or ev.type = any(${webhooks.events}))
      and (ev.board_id is null or cardinality(${webhooks.boardIds}) = 0 or ev.board_id = any(${webhooks.boardIds}))
      and (ev.excluded_webhook is null or ${webhooks.id} <> ev.excluded_webhook)
    returning id, webhook_id as "webhookId", status`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    id: string;
    webhookId: string;
    status: string;
  }[];
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
