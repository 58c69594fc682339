import { withApi } from "@/lib/api/with-api";
import { parseOptionalBody } from "@/lib/webhooks/parse-optional-body";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { RotateSecretInput } from "@/lib/webhooks/schemas";

// POST /v1/webhooks/{id}/rotate_secret – new secret (shown once); optional grace period for the old one
export const POST = withApi<{ id: string }>(async ({ req, ctx, params }) =>
  rotateWebhookSecret({ ctx, id: params.id, input: await parseOptionalBody(req, RotateSecretInput) }),
);
