import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { webhookAttempts, webhookDeliveries } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { findWebhook } from "./find-webhook";
import type { DeliveryDetailJson } from "./schemas";
import { serializeDeliveryDetail } from "./serialize-delivery";

/** A delivery of this webhook (already scoped to the caller's workspace), with every attempt. */
export async function findDeliveryDetail(db: DbOrTx, webhookId: string, deliveryId: string): Promise<DeliveryDetailJson> {
  if (!isIdOf("delivery", deliveryId)) throw notFound("Delivery");
  const [delivery] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.webhookId, webhookId)));
  if (!delivery) throw notFound("Delivery");
  const attempts = await db
    .select()
    .from(webhookAttempts)
    .where(eq(webhookAttempts.deliveryId, deliveryId))
    .orderBy(asc(webhookAttempts.number));
  return serializeDeliveryDetail(delivery, attempts);
}

/** `GET /v1/webhooks/{id}/deliveries/{delivery_id}`: a delivery of a webhook of the caller's workspace. */
export async function getDelivery({
  ctx,
  webhookId,
  deliveryId,
}: {
  ctx: Ctx;
  webhookId: string;
  deliveryId: string;
}): Promise<DeliveryDetailJson> {
  requireWebhookAdmin(ctx, "read");
  await findWebhook(ctx, ctx.db, webhookId);
  return findDeliveryDetail(ctx.db, webhookId, deliveryId);
}
