import { eq } from "drizzle-orm";
import { webhooks } from "@/db/schema";
import { conflict } from "@/lib/core/errors";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { deliveryHealth } from "./delivery-health";
import { findWebhook } from "./find-webhook";
import type { WebhookJson } from "./schemas";
import { serializeWebhook } from "./serialize-webhook";

/**
 * Dismisses the "turned off automatically" notice admins see on every settings page. It changes
 * nothing about delivery (no event): the webhook stays off, and the notice returns the next time
 * it is turned off. Only for a webhook the system turned off; a paused one has no notice.
 */
export async function acknowledgeDisabled({ ctx, id }: { ctx: Ctx; id: string }): Promise<WebhookJson> {
  requireWebhookAdmin(ctx, "write");
  return transact(ctx.db, async (tx) => {
    const current = await findWebhook(ctx, tx, id, { forUpdate: true });
    if (current.active || current.disabledBy === "admin" || current.disabledBy === null)
      throw conflict("Only a webhook that was turned off automatically has a notice to acknowledge.");
    const [row] = await tx
      .update(webhooks)
      .set({ disabledAcknowledgedAt: current.disabledAcknowledgedAt ?? new Date() })
      .where(eq(webhooks.id, id))
      .returning();
    return serializeWebhook(row, await deliveryHealth(tx, row.id));
  });
}
