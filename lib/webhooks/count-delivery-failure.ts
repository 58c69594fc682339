import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { recordEvent } from "@/lib/events/record-event";
import { webhooks, type WebhookDisabledBy } from "@/db/schema";
import { shouldDeactivate, type WebhookPolicy } from "./policy";
import { serializeWebhook } from "./serialize-webhook";

/**
 * Counts one failed delivery against its webhook and deactivates the webhook once
 * WEBHOOK_DISABLE_AFTER deliveries in a row have failed, keeping the reason and time for admins.
 */
export async function countDeliveryFailure(db: Tx, policy: WebhookPolicy, webhookId: string, lastReason: string): Promise<void> {
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

/**
 * Turns a webhook off on the system's behalf; `by` tells admins (and the UI) which rule did it.
 * Records `webhook.disabled` (for SIEM forwarding and the admins' notice), which goes to the
 * workspace's other webhooks — never to the one that just stopped receiving.
 */
export async function disableWebhook(tx: Tx, webhookId: string, by: Exclude<WebhookDisabledBy, "admin">, reason: string): Promise<void> {
  const [row] = await tx
    .update(webhooks)
    .set({
      active: false,
      disabledBy: by,
      disabledReason: reason,
      disabledAt: new Date(),
      disabledAcknowledgedAt: null,
      updatedAt: new Date(),
    })
    .where(and(eq(webhooks.id, webhookId), eq(webhooks.active, true)))
    .returning();
  if (!row) return;
  await recordEvent(tx, {
    workspaceId: row.workspaceId,
    type: "webhook.disabled",
    boardId: null,
    actor: null,
    data: serializeWebhook(row),
  });
}
