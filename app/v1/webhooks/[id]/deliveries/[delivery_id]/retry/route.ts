import { route } from "@/lib/api/route";
import { retryDelivery } from "@/lib/webhooks/retry-delivery";
import { DeliveryDetailSchema, DeliveryParams } from "@/lib/webhooks/schemas";

export const POST = route(
  {
    permission: "webhooks.write",
    tag: "Webhooks",
    summary: "Re-send a delivery now",
    description: "A new attempt of the same delivery id, whatever its status; made synchronously. If it fails, the retry schedule follows.",
    params: DeliveryParams,
    responses: { 200: DeliveryDetailSchema },
    errors: ["conflict"],
  },
  ({ ctx, params }) => retryDelivery({ ctx, webhookId: params.id, deliveryId: params.delivery_id }),
);
