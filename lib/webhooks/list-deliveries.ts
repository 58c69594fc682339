import { eq } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { findWebhook } from "./find-webhook";
import type { DeliveryJson, ListDeliveriesQuery } from "./schemas";
import { serializeDelivery } from "./serialize-delivery";

/** The delivery log of one webhook, newest first, filtered by status and event type. */
export async function listDeliveries({
  ctx,
  webhookId,
  query,
}: {
  ctx: Ctx;
  webhookId: string;
  query: ListDeliveriesQuery;
}): Promise<Page<DeliveryJson>> {
  requireWebhookAdmin(ctx, "read");
  await findWebhook(ctx, ctx.db, webhookId);
  const filters = [
    eq(webhookDeliveries.webhookId, webhookId),
    query.status ? eq(webhookDeliveries.status, query.status) : undefined,
    query.event ? eq(webhookDeliveries.eventType, query.event) : undefined,
  ];
  return keysetPage(ctx.db, webhookDeliveries, webhookDeliveries.id, filters, query, serializeDelivery);
}
