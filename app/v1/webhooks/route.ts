import { route } from "@/lib/api/route";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { CreateWebhookInput, ListWebhooksQuery, WebhookPage, WebhookWithSecretSchema } from "@/lib/webhooks/schemas";

const tag = "Webhooks";
const who = "Admins and owners only; board-restricted tokens are refused.";

export const GET = route(
  {
    permission: "webhooks.read",
    tag,
    summary: "List webhooks",
    description: `Newest first. Each carries its health (\`last_delivery_status\`, \`last_delivery_at\`, \`last_delivery_status_code\`, \`disabled_by\`), so one request shows every webhook's state. ${who}`,
    query: ListWebhooksQuery,
    responses: { 200: WebhookPage },
  },
  ({ ctx, query }) => listWebhooks({ ctx, query }),
);

export const POST = route(
  {
    permission: "webhooks.write",
    tag,
    summary: "Register a webhook",
    description: `The URL is checked (https in production unless the server sets WEBHOOKS_ALLOW_HTTP=1; no private, loopback, link-local or metadata addresses). The response carries \`secret\` — the only time it is shown. At most 20 per workspace. ${who}`,
    body: CreateWebhookInput,
    responses: { 201: WebhookWithSecretSchema },
    errors: ["conflict"],
  },
  ({ ctx, body }) => createWebhook({ ctx, input: body }),
);
