import { conflict } from "@/lib/core/errors";
import type { Ctx } from "@/lib/workspaces/context";
import { attemptDelivery } from "./attempt-delivery";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { findDeliveryDetail } from "./find-delivery";
import { findWebhook } from "./find-webhook";
import type { DeliveryDetailJson } from "./schemas";

/**
 * Re-sends a delivery now, whatever its status: a new attempt of the same delivery id, made
 * synchronously so the answer shows its result. If it fails, the normal retry schedule follows.
 */
export async function retryDelivery({
  ctx,
  webhookId,
  deliveryId,
}: {
  ctx: Ctx;
  webhookId: string;
  deliveryId: string;
}): Promise<DeliveryDetailJson> {
  requireWebhookAdmin(ctx, "write");
  await findWebhook(ctx, ctx.db, webhookId);
  await findDeliveryDetail(ctx.db, webhookId, deliveryId);
  const result = await attemptDelivery(deliveryId, { manual: true });
  if (result.kind === "busy") throw conflict("This delivery is being attempted right now; look at its log in a moment.");
  return findDeliveryDetail(ctx.db, webhookId, deliveryId);
}
