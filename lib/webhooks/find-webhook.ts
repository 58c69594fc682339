import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { webhooks, type Webhook } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { deliveryHealth } from "./delivery-health";
import type { WebhookJson } from "./schemas";
import { serializeWebhook } from "./serialize-webhook";

/** A webhook of the caller's workspace; anything else (another workspace's, a malformed id) is 404. */
export async function findWebhook(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<Webhook> {
  if (!isIdOf("webhook", id)) throw notFound("Webhook");
  const query = db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, id), eq(webhooks.workspaceId, ctx.caller.workspaceId)));
  const [webhook] = options.forUpdate ? await query.for("update") : await query;
  if (!webhook) throw notFound("Webhook");
  return webhook;
}

/** `GET /v1/webhooks/{id}`: the webhook with its delivery health (a hint of the secret, never the secret). */
export async function getWebhook({ ctx, id }: { ctx: Ctx; id: string }): Promise<WebhookJson> {
  requireWebhookAdmin(ctx, "read");
  const webhook = await findWebhook(ctx, ctx.db, id);
  return serializeWebhook(webhook, await deliveryHealth(ctx.db, webhook.id));
}
