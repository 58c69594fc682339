import { withApi } from "@/lib/api/with-api";
import { retryDelivery } from "@/lib/webhooks/retry-delivery";

// POST /v1/webhooks/{id}/deliveries/{delivery_id}/retry – re-send now (same delivery id, new attempt)
export const POST = withApi<{ id: string; delivery_id: string }>(async ({ ctx, params }) =>
  retryDelivery({ ctx, webhookId: params.id, deliveryId: params.delivery_id }),
);
