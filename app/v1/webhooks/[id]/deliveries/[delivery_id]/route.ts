import { withApi } from "@/lib/api/with-api";
import { getDelivery } from "@/lib/webhooks/get-delivery";

// GET /v1/webhooks/{id}/deliveries/{delivery_id} – payload, signed request headers and every attempt
export const GET = withApi<{ id: string; delivery_id: string }>(async ({ ctx, params }) =>
  getDelivery({ ctx, webhookId: params.id, deliveryId: params.delivery_id }),
);
