import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhook } from "@/lib/webhooks/get-webhook";
import { UpdateWebhookInput } from "@/lib/webhooks/schemas";
import { updateWebhook } from "@/lib/webhooks/update-webhook";

type Params = { id: string };

// GET /v1/webhooks/{id} – get a webhook (secret hint only)
export const GET = withApi<Params>(async ({ ctx, params }) => getWebhook({ ctx, id: params.id }));

// PATCH /v1/webhooks/{id} – change url, events, board_ids, description or active
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateWebhook({ ctx, id: params.id, input: await parseBody(req, UpdateWebhookInput) }),
);

// DELETE /v1/webhooks/{id} – delete a webhook and its deliveries
export const DELETE = withApi<Params>(async ({ ctx, params }) => deleteWebhook({ ctx, id: params.id }));
