import { route } from "@/lib/api/route";
import {
  getWebhookSettings,
  updateWebhookSettings,
  UpdateWebhookSettingsInput,
  WebhookSettingsSchema,
} from "@/lib/webhooks/webhook-settings";

const tag = "Webhooks";

export const GET = route(
  {
    permission: "webhooks.read",
    tag,
    summary: "Get the workspace's webhook settings",
    description: "How long deliveries are kept. Admins and owners only.",
    responses: { 200: WebhookSettingsSchema },
  },
  ({ ctx }) => getWebhookSettings({ ctx }),
);

export const PATCH = route(
  {
    permission: "webhooks.write",
    tag,
    summary: "Change the workspace's webhook settings",
    description:
      "`delivery_retention_days`: keep this workspace's delivery log for fewer days than the server's WEBHOOK_LOG_RETENTION_DAYS (null: that maximum). Pending deliveries are never pruned. Admins and owners only.",
    body: UpdateWebhookSettingsInput,
    responses: { 200: WebhookSettingsSchema },
  },
  ({ ctx, body }) => updateWebhookSettings({ ctx, input: body }),
);
