import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { transact } from "@/lib/events/transaction";
import { countDeliveryFailure } from "./count-delivery-failure";
import { webhookPolicy } from "./current-policy";

/**
 * Ends a delivery that is still pending as failed and counts it toward auto-deactivation. Used by
 * Inngest's onFailure (its retries ran out, or the run broke). Idempotent: a delivery that
 * attemptDelivery already finished is left alone, so nothing is counted twice.
 */
export async function markDeliveryFailed(deliveryId: string, reason: string): Promise<boolean> {
  const db = await getDb();
  // transact: reaching the failure limit disables the webhook, which records an event.
  return transact(db, async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({ status: "failed", failureReason: reason, nextAttemptAt: null, lockedUntil: null, lockToken: null, updatedAt: new Date() })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, "pending")))
      .returning({ webhookId: webhookDeliveries.webhookId, isTest: webhookDeliveries.isTest });
    if (!row) return false;
    if (!row.isTest) await countDeliveryFailure(tx, webhookPolicy(), row.webhookId, reason);
    return true;
  });
}
