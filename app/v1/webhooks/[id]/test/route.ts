import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { DeliveryDetailSchema, TestWebhookInput } from "@/lib/webhooks/schemas";
import { testWebhook } from "@/lib/webhooks/test-webhook";

export const POST = route(
  {
    permission: "webhooks.write",
    tag: "Webhooks",
    summary: "Send a test delivery now",
    description:
      'Sends `webhook.test` (or a sample of `event`, marked `"test": true`) synchronously and returns the delivery with its attempt. The body is optional.',
    params: idParams("webhook"),
    body: TestWebhookInput,
    bodyOptional: true,
    responses: { 200: DeliveryDetailSchema },
  },
  ({ ctx, params, body }) => testWebhook({ ctx, id: params.id, input: body }),
);
