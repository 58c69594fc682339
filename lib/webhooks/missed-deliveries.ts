import { and, eq, gt, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";

export interface MissedWindow {
  /** Inclusive. Omitted: everything created after the webhook's newest successful delivery. */
  since?: Date;
  /** Exclusive. */
  until: Date;
}

/**
 * The deliveries a webhook missed in a window: skipped (it was off) or failed (retries used up),
 * tests aside. recover re-queues exactly these and recover/preview counts exactly these, so the
 * count an admin is shown is the count that gets replayed.
 */
export function missedDeliveries(webhookId: string, window: MissedWindow): SQL {
  const since = window.since
    ? gte(webhookDeliveries.createdAt, window.since)
    : // Newest success by id: a walk down the (webhook_id, id) index that stops at the first one.
      gt(
        webhookDeliveries.createdAt,
        sql`coalesce((SELECT s.created_at FROM webhook_deliveries s WHERE s.webhook_id = ${webhookId} AND s.status = 'success' AND NOT s.is_test ORDER BY s.id DESC LIMIT 1), '-infinity'::timestamptz)`,
      );
  return and(
    eq(webhookDeliveries.webhookId, webhookId),
    eq(webhookDeliveries.isTest, false),
    inArray(webhookDeliveries.status, ["skipped", "failed"]),
    since,
    lt(webhookDeliveries.createdAt, window.until),
  )!;
}
