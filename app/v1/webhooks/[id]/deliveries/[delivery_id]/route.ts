import { route } from "@/lib/api/route";
import { getDelivery } from "@/lib/webhooks/find-delivery";
import { DeliveryDetailSchema, DeliveryParams } from "@/lib/webhooks/schemas";

export const GET = route(
  {
    permission: "webhooks.read",
    tag: "Webhooks",
    summary: "Get a delivery with every attempt",
    description:
      "The full payload, the request headers (signatures shown) and every attempt: time, status code or error kind, duration, response excerpt.",
    params: DeliveryParams,
    responses: { 200: DeliveryDetailSchema },
    errors: ["forbidden"],
  },
  ({ ctx, params }) => getDelivery({ ctx, webhookId: params.id, deliveryId: params.delivery_id }),
);
