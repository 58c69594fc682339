import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import type { DeliveryRef } from "./delivery-scheduler";

/**
 * A webhook is on again: its held deliveries (queued or mid-retry when it went off; see
 * attemptDelivery) become due now. Returns them for the scheduler to dispatch after commit.
 */
export async function releaseHeldDeliveries(tx: Tx, webhookId: string): Promise<DeliveryRef[]> {
  return tx
    .update(webhookDeliveries)
    .set({ nextAttemptAt: sql`now()`, updatedAt: sql`now()` })
    .where(
      and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.status, "pending"), isNull(webhookDeliveries.nextAttemptAt)),
    )
    .returning({ id: webhookDeliveries.id, webhookId: webhookDeliveries.webhookId });
}
