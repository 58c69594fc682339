import { count, min } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { findWebhook } from "./find-webhook";
import { missedDeliveries } from "./missed-deliveries";
import type { RecoverPreviewJson, RecoverPreviewQuery } from "./schemas";

/**
 * What POST …/recover would queue again for the same window, without queuing anything: the count
 * and the oldest created_at, which is the `since` that replays exactly these. Allowed while the
 * webhook is inactive, so admins see what it is missing before they turn it back on.
 */
export async function previewRecovery({
  ctx,
  id,
  query,
}: {
  ctx: Ctx;
  id: string;
  query: RecoverPreviewQuery;
}): Promise<RecoverPreviewJson> {
  requireWebhookAdmin(ctx, "read");
  const webhook = await findWebhook(ctx, ctx.db, id);
  const window = { since: query.since ? new Date(query.since) : undefined, until: query.until ? new Date(query.until) : new Date() };
  const [row] = await ctx.db
    .select({ count: count(), oldest: min(webhookDeliveries.createdAt) })
    .from(webhookDeliveries)
    .where(missedDeliveries(webhook.id, window));
  return { count: row.count, oldest_created_at: row.oldest ? new Date(row.oldest).toISOString() : null };
}
