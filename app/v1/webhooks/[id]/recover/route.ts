import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { recoverDeliveries } from "@/lib/webhooks/recover-deliveries";
import { RecoverInput, RecoverResultSchema } from "@/lib/webhooks/schemas";

export const POST = route(
  {
    permission: "webhooks.write",
    tag: "Webhooks",
    summary: "Replay missed deliveries",
    description:
      "Queues the webhook's skipped and failed deliveries created in [since, until) again, with the same delivery ids; each missed event is delivered once. The webhook must be active.",
    params: idParams("webhook"),
    body: RecoverInput,
    responses: { 200: RecoverResultSchema },
    errors: ["conflict"],
  },
  ({ ctx, params, body }) => recoverDeliveries({ ctx, id: params.id, input: body }),
);
