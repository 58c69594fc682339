import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { DeliveryPage, ListDeliveriesQuery } from "@/lib/webhooks/schemas";

export const GET = route(
  {
    permission: "webhooks.read",
    tag: "Webhooks",
    summary: "List a webhook's deliveries",
    description: "Newest first; filter by `status` and `event`. Deliveries are kept 30 days.",
    params: idParams("webhook"),
    query: ListDeliveriesQuery,
    responses: { 200: DeliveryPage },
    errors: ["forbidden"],
  },
  ({ ctx, params, query }) => listDeliveries({ ctx, webhookId: params.id, query }),
);
