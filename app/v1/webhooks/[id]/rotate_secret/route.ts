import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { RotateSecretInput, WebhookWithSecretSchema } from "@/lib/webhooks/schemas";

export const POST = route(
  {
    permission: "webhooks.write",
    tag: "Webhooks",
    summary: "Rotate the signing secret",
    description:
      "Returns the new secret once. With `grace_period_seconds` (up to 7 days) the old secret keeps signing too: `webhook-signature` carries both. The body is optional.",
    params: idParams("webhook"),
    body: RotateSecretInput,
    bodyOptional: true,
    responses: { 200: WebhookWithSecretSchema },
  },
  ({ ctx, params, body }) => rotateWebhookSecret({ ctx, id: params.id, input: body }),
);
