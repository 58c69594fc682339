import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhook } from "@/lib/webhooks/find-webhook";
import { UpdateWebhookInput, WebhookSchema } from "@/lib/webhooks/schemas";
import { updateWebhook } from "@/lib/webhooks/update-webhook";

const tag = "Webhooks";
const params = idParams("webhook");

export const GET = route(
  {
    permission: "webhooks.read",
    tag,
    summary: "Get a webhook",
    description: "Shows a hint of the secret, never the secret. Admins and owners only; board-restricted tokens are refused.",
    params,
    responses: { 200: WebhookSchema },
    errors: ["forbidden"],
  },
  ({ ctx, params }) => getWebhook({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "webhooks.write",
    tag,
    summary: "Update, pause or resume a webhook",
    description:
      '`active: false` pauses deliveries (events are recorded as skipped) and sets `disabled_by: "admin"`; `true` resumes and clears `disabled_by` and `disabled_reason`. Re-enabling does not reset the failure count; the next successful delivery does.',
    params,
    body: UpdateWebhookInput,
    responses: { 200: WebhookSchema },
  },
  ({ ctx, params, body }) => updateWebhook({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  { permission: "webhooks.write", tag, summary: "Delete a webhook and its deliveries", params, responses: { 204: null } },
  ({ ctx, params }) => deleteWebhook({ ctx, id: params.id }),
);
