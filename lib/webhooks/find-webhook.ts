import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { webhooks, type Webhook } from "@/db/schema";
import { notFound } from "@/lib/api/errors";
import { isIdOf } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";

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
