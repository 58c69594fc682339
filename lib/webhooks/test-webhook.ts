import { and, desc, eq } from "drizzle-orm";
import { events, webhookDeliveries } from "@/db/schema";
import { actorOf } from "@/lib/events/record-event";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { attemptDelivery } from "./attempt-delivery";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { buildPayload } from "./build-payload";
import { findDeliveryDetail } from "./find-delivery";
import { findWebhook } from "./find-webhook";
import type { DeliveryDetailJson, TestWebhookInput } from "./schemas";

/**
 * Sends `webhook.test` (or a sample of the chosen type, marked `"test": true`) right now, through
 * the same attemptDelivery as real deliveries, and returns the delivery with its result. The
 * sample is the workspace's latest real event of that type when there is one, so it has the real
 * shape. Tests are single attempts: never retried, never counted toward deactivation.
 */
export async function testWebhook({ ctx, id, input }: { ctx: Ctx; id: string; input: TestWebhookInput }): Promise<DeliveryDetailJson> {
  requireWebhookAdmin(ctx, "write");
  const webhook = await findWebhook(ctx, ctx.db, id);
  const type = input.event ?? "webhook.test";
  const [sample] =
    type === "webhook.test"
      ? []
      : await ctx.db
          .select()
          .from(events)
          .where(and(eq(events.workspaceId, webhook.workspaceId), eq(events.type, type)))
          .orderBy(desc(events.id))
          .limit(1);
  const payload = buildPayload(
    {
      id: newId("event"),
      type,
      createdAt: new Date(),
      workspaceId: webhook.workspaceId,
      boardId: sample?.boardId ?? null,
      actor: actorOf(ctx.caller.user),
      data: sample?.data ?? {
        webhook_id: webhook.id,
        message: `A test delivery from Tasktide${type === "webhook.test" ? "" : ` (sample ${type})`}.`,
      },
      changes: sample?.changes ?? null,
    },
    { test: true },
  );
  const deliveryId = newId("delivery");
  await ctx.db.insert(webhookDeliveries).values({
    id: deliveryId,
    webhookId: webhook.id,
    workspaceId: webhook.workspaceId,
    eventType: type,
    payload,
    isTest: true,
    status: "pending",
  });
  await attemptDelivery(deliveryId, { manual: true });
  return findDeliveryDetail(ctx.db, webhook.id, deliveryId);
}
