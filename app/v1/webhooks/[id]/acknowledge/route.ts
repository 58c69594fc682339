import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { acknowledgeDisabled } from "@/lib/webhooks/acknowledge-disabled";
import { WebhookSchema } from "@/lib/webhooks/schemas";

export const POST = route(
  {
    permission: "webhooks.write",
    tag: "Webhooks",
    summary: "Acknowledge that a webhook was turned off",
    description:
      "Dismisses the notice admins see on every settings page after the system turned this webhook off (too many failures, or 410 Gone). The webhook stays off; re-enable it with PATCH `active: true`. 409 for an active or paused webhook.",
    params: idParams("webhook"),
    responses: { 200: WebhookSchema },
    errors: ["conflict"],
  },
  ({ ctx, params }) => acknowledgeDisabled({ ctx, id: params.id }),
);
