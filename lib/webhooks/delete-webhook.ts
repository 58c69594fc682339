import { eq } from "drizzle-orm";
import { webhooks } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { onCommit, transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { deliveryHealth } from "./delivery-health";
import { findWebhook } from "./find-webhook";
import { usesInngest } from "./scheduler-mode";
import { serializeWebhook } from "./serialize-webhook";

/** Deletes a webhook and (by cascade) its deliveries and attempts; Inngest runs are cancelled. */
export async function deleteWebhook({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  requireWebhookAdmin(ctx, "write");
  await transact(ctx.db, async (tx) => {
    const webhook = await findWebhook(ctx, tx, id, { forUpdate: true });
    // The event carries the webhook as GET showed it last, health included.
    const data = serializeWebhook(webhook, await deliveryHealth(tx, webhook.id));
    await tx.delete(webhooks).where(eq(webhooks.id, id));
    await recordEvent(tx, { workspaceId: webhook.workspaceId, type: "webhook.deleted", boardId: null, actor: ctx.caller.user, data });
    if (usesInngest()) onCommit(tx, () => void cancelInngestRuns(id));
  });
}

async function cancelInngestRuns(webhookId: string): Promise<void> {
  try {
    const { sendWebhookDeleted } = await import("@/inngest/client");
    await sendWebhookDeleted(webhookId);
  } catch (error) {
    // Harmless if lost: a run whose delivery is gone finds nothing to send and ends.
    console.error(`webhooks: could not cancel Inngest runs of ${webhookId}:`, error);
  }
}
