import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { findDeliveryDetail } from "./find-delivery";
import { findWebhook } from "./find-webhook";
import type { DeliveryDetailJson } from "./schemas";

export async function getDelivery({ ctx, webhookId, deliveryId }: { ctx: Ctx; webhookId: string; deliveryId: string }): Promise<DeliveryDetailJson> {
  requireWebhookAdmin(ctx, "read");
  await findWebhook(ctx, ctx.db, webhookId);
  return findDeliveryDetail(ctx.db, webhookId, deliveryId);
}
