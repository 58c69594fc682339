import { parseBody, parseQuery } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { CreateWebhookInput, ListWebhooksQuery } from "@/lib/webhooks/schemas";

// GET /v1/webhooks – list the workspace's webhooks, newest first (admins and owners)
export const GET = withApi(async ({ req, ctx }) => listWebhooks({ ctx, query: parseQuery(req, ListWebhooksQuery) }));

// POST /v1/webhooks – register a webhook; the response carries its secret, once
export const POST = withApi(async ({ req, ctx }) => created(await createWebhook({ ctx, input: await parseBody(req, CreateWebhookInput) })));
