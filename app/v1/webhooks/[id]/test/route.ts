import { withApi } from "@/lib/api/with-api";
import { parseOptionalBody } from "@/lib/webhooks/parse-optional-body";
import { TestWebhookInput } from "@/lib/webhooks/schemas";
import { testWebhook } from "@/lib/webhooks/test-webhook";

// POST /v1/webhooks/{id}/test – send webhook.test (or a sample of `event`) now and return the result
export const POST = withApi<{ id: string }>(async ({ req, ctx, params }) =>
  testWebhook({ ctx, id: params.id, input: await parseOptionalBody(req, TestWebhookInput) }),
);
