import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { webhooks, type WebhookDisabledBy } from "@/db/schema";
import { shouldDeactivate, type WebhookPolicy } from "./policy";

/**
 * Counts one failed delivery against its webhook and deactivates the webhook once
 * WEBHOOK_DISABLE_AFTER deliveries in a row have failed, keeping the reason and time for admins.
 */
export async function countDeliveryFailure(db: DbOrTx, policy: WebhookPolicy, webhookId: string, lastReason: string): Promise<void> {
  const [row] = await db
    .update(webhooks)
    .set({ consecutiveFailures: sql`${webhooks.consecutiveFailures} + 1` })
    .where(eq(webhooks.id, webhookId))
    .returning({ failures: webhooks.consecutiveFailures, active: webhooks.active });
  if (row && row.active && shouldDeactivate(policy, row.failures)) {
    await disableWebhook(db, webhookId, "failures", `Deactivated after ${row.failures} failed deliveries in a row (last: ${lastReason}).`);
  }
}

export async function resetDeliveryFailures(db: DbOrTx, webhookId: string): Promise<void> {
  await db
    .update(webhooks)
    .set({ consecutiveFailures: 0 })
    .where(sql`${webhooks.id} = ${webhookId} AND ${webhooks.consecutiveFailures} <> 0`);
}

/** Turns a webhook off on the system's behalf; `by` tells admins (and the UI) which rule did it. */
export async function disableWebhook(
  db: DbOrTx,
  webhookId: string,
  by: Exclude<WebhookDisabledBy, "admin">,
  reason: string,
): Promise<void> {
  await db
    .update(webhooks)
    .set({ active: false, disabledBy: by, disabledReason: reason, disabledAt: new Date(), updatedAt: new Date() })
    .where(eq(webhooks.id, webhookId));
}
