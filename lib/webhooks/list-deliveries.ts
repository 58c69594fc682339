import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/api/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { findWebhook } from "./find-webhook";
import type { DeliveryJson, ListDeliveriesQuery } from "./schemas";
import { serializeDelivery } from "./serialize-delivery";

/** The delivery log of one webhook, newest first, filtered by status and event type. */
export async function listDeliveries({ ctx, webhookId, query }: { ctx: Ctx; webhookId: string; query: ListDeliveriesQuery }): Promise<Page<DeliveryJson>> {
  requireWebhookAdmin(ctx, "read");
  await findWebhook(ctx, ctx.db, webhookId);
  const filters: SQL[] = [eq(webhookDeliveries.webhookId, webhookId)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(webhookDeliveries.id, after));
  if (query.status) filters.push(eq(webhookDeliveries.status, query.status));
  if (query.event) filters.push(eq(webhookDeliveries.eventType, query.event));
  const rows = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(and(...filters))
    .orderBy(desc(webhookDeliveries.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeDelivery);
}
