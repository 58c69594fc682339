import { parseQuery } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { ListDeliveriesQuery } from "@/lib/webhooks/schemas";

// GET /v1/webhooks/{id}/deliveries – the delivery log, newest first (?status=&event=)
export const GET = withApi<{ id: string }>(async ({ req, ctx, params }) =>
  listDeliveries({ ctx, webhookId: params.id, query: parseQuery(req, ListDeliveriesQuery) }),
);
