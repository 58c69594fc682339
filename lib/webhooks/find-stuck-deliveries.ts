import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import type { DeliveryRef } from "./delivery-scheduler";

/**
 * Pending deliveries left well past their time with no live lease: a dispatch that was lost
 * (the process died between commit and send, Inngest never got the event) or a worker that
 * crashed mid-attempt. The Inngest cron re-dispatches them; the embedded worker's claim query
 * already picks them up on its own.
 */
export async function findStuckDeliveries(graceMs = 2 * 60_000, limit = 500): Promise<DeliveryRef[]> {
  const db = await getDb();
  return db
    .select({ id: webhookDeliveries.id, webhookId: webhookDeliveries.webhookId })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, "pending"),
        lt(webhookDeliveries.nextAttemptAt, sql`now() - ${`${graceMs} milliseconds`}::interval`),
        or(isNull(webhookDeliveries.lockedUntil), lt(webhookDeliveries.lockedUntil, sql`now()`)),
      ),
    )
    .orderBy(webhookDeliveries.nextAttemptAt)
    .limit(limit);
}
