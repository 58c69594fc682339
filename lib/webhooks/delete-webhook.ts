import { eq } from "drizzle-orm";
import { webhooks } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { onCommit, transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { deliveryHealth } from "./delivery-health";
import { deliveryScheduler } from "./delivery-scheduler";
import { findWebhook } from "./find-webhook";
import { serializeWebhook } from "./serialize-webhook";

/** Deletes a webhook and (by cascade) its deliveries and attempts; the scheduler is told after commit. */
export async function deleteWebhook({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireWebhookAdmin(ctx, "write");
  await transact(ctx.db, async (tx) => {
    const webhook = await findWebhook(ctx, tx, id, { forUpdate: true });
    // The event carries the webhook as GET showed it last, health included.
    const data = serializeWebhook(webhook, await deliveryHealth(tx, webhook.id));
    await tx.delete(webhooks).where(eq(webhooks.id, id));
    await recordEvent(tx, { workspaceId: webhook.workspaceId, type: "webhook.deleted", boardId: null, actor: ctx.caller.user, data });
    onCommit(tx, () => deliveryScheduler().webhookDeleted(id));
  });
}
