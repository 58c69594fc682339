import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { deliveryHealth } from "./delivery-health";
import { findWebhook } from "./find-webhook";
import type { WebhookJson } from "./schemas";
import { serializeWebhook } from "./serialize-webhook";

export async function getWebhook({ ctx, id }: { ctx: Ctx; id: string }): Promise<WebhookJson> {
  requireWebhookAdmin(ctx, "read");
  const webhook = await findWebhook(ctx, ctx.db, id);
  return serializeWebhook(webhook, await deliveryHealth(ctx.db, webhook.id));
}
