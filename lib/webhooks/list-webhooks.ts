import { and, desc, eq, lt, sql, type SQL } from "drizzle-orm";
import { webhooks } from "@/db/schema";
import { latestDeliverySubquery, toDeliveryHealth } from "./delivery-health";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import type { ListWebhooksQuery, WebhookJson } from "./schemas";
import { serializeWebhook } from "./serialize-webhook";

export async function listWebhooks({ ctx, query }: { ctx: Ctx; query: ListWebhooksQuery }): Promise<Page<WebhookJson>> {
  requireWebhookAdmin(ctx, "read");
  const filters: SQL[] = [eq(webhooks.workspaceId, ctx.caller.workspaceId)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(webhooks.id, after));
  // Each row's health in the same query: one indexed lookup per webhook, no request per row.
  const latest = latestDeliverySubquery(ctx.db);
  const rows = await ctx.db
    .select({
      id: webhooks.id,
      webhook: webhooks,
      latest: { status: latest.status, lastAttemptAt: latest.lastAttemptAt, createdAt: latest.createdAt, statusCode: latest.statusCode },
    })
    .from(webhooks)
    .leftJoinLateral(latest, sql`true`)
    .where(and(...filters))
    .orderBy(desc(webhooks.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => serializeWebhook(row.webhook, toDeliveryHealth(row.latest)));
}
