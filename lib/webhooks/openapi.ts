import { z } from "zod";
import { documentRoute, IdParam, pageOf } from "@/lib/api/openapi/registry";
import {
  CreateWebhookInput,
  DeliveryDetailSchema,
  DeliverySchema,
  ListDeliveriesQuery,
  ListWebhooksQuery,
  RecoverInput,
  RecoverPreviewQuery,
  RecoverPreviewSchema,
  RecoverResultSchema,
  RotateSecretInput,
  TestWebhookInput,
  UpdateWebhookInput,
  WebhookSchema,
  WebhookWithSecretSchema,
} from "./schemas";

const Webhook = WebhookSchema.meta({ id: "Webhook" });
const WebhookWithSecret = WebhookWithSecretSchema.meta({ id: "WebhookWithSecret" });
const Delivery = DeliverySchema.meta({ id: "WebhookDelivery" });
const DeliveryDetail = DeliveryDetailSchema.meta({ id: "WebhookDeliveryDetail" });
const DeliveryParams = IdParam.extend({ delivery_id: z.string().meta({ description: "The delivery's id (msg_…)." }) });
const tag = "Webhooks";
const who = "Admins and owners only; board-restricted tokens are refused.";

documentRoute({ method: "get", path: "/v1/webhooks", tag, summary: "List webhooks", description: `Newest first. Each carries its health (\`last_delivery_status\`, \`last_delivery_at\`, \`last_delivery_status_code\`, \`disabled_by\`), so one request shows every webhook's state. ${who}`, query: ListWebhooksQuery, success: { status: 200, schema: pageOf(Webhook, "WebhookPage") } });
documentRoute({ method: "post", path: "/v1/webhooks", tag, summary: "Register a webhook", description: `The URL is checked (https in production unless the server sets WEBHOOKS_ALLOW_HTTP=1; no private, loopback, link-local or metadata addresses). The response carries \`secret\` — the only time it is shown. At most 20 per workspace. ${who}`, body: CreateWebhookInput.meta({ id: "CreateWebhookInput" }), success: { status: 201, schema: WebhookWithSecret }, errors: ["conflict"] });
documentRoute({ method: "get", path: "/v1/webhooks/{id}", tag, summary: "Get a webhook", description: `Shows a hint of the secret, never the secret. ${who}`, params: IdParam, success: { status: 200, schema: Webhook }, errors: ["not_found", "forbidden"] });
documentRoute({ method: "patch", path: "/v1/webhooks/{id}", tag, summary: "Update, pause or resume a webhook", description: "`active: false` pauses deliveries (events are recorded as skipped) and sets `disabled_by: \"admin\"`; `true` resumes and clears `disabled_by` and `disabled_reason`. Re-enabling does not reset the failure count; the next successful delivery does.", params: IdParam, body: UpdateWebhookInput.meta({ id: "UpdateWebhookInput" }), success: { status: 200, schema: Webhook }, errors: ["not_found"] });
documentRoute({ method: "delete", path: "/v1/webhooks/{id}", tag, summary: "Delete a webhook and its deliveries", params: IdParam, success: { status: 204 }, errors: ["not_found"] });
documentRoute({ method: "post", path: "/v1/webhooks/{id}/test", tag, summary: "Send a test delivery now", description: "Sends `webhook.test` (or a sample of `event`, marked `\"test\": true`) synchronously and returns the delivery with its attempt. The body is optional.", params: IdParam, body: TestWebhookInput.meta({ id: "TestWebhookInput" }), success: { status: 200, schema: DeliveryDetail }, errors: ["not_found"] });
documentRoute({ method: "post", path: "/v1/webhooks/{id}/rotate_secret", tag, summary: "Rotate the signing secret", description: "Returns the new secret once. With `grace_period_seconds` (up to 7 days) the old secret keeps signing too: `webhook-signature` carries both. The body is optional.", params: IdParam, body: RotateSecretInput.meta({ id: "RotateSecretInput" }), success: { status: 200, schema: WebhookWithSecret }, errors: ["not_found"] });
documentRoute({ method: "post", path: "/v1/webhooks/{id}/recover", tag, summary: "Replay missed deliveries", description: "Queues the webhook's skipped and failed deliveries created in [since, until) again, with the same delivery ids; each missed event is delivered once. The webhook must be active.", params: IdParam, body: RecoverInput.meta({ id: "RecoverWebhookInput" }), success: { status: 200, schema: RecoverResultSchema.meta({ id: "RecoverWebhookResult" }) }, errors: ["not_found", "conflict"] });
documentRoute({ method: "get", path: "/v1/webhooks/{id}/recover/preview", tag, summary: "Count what a replay would send", description: `How many deliveries \`POST /v1/webhooks/{id}/recover\` with the same window would queue again, and the oldest one's created_at (pass it as \`since\` to replay exactly these). Without \`since\`, the window starts after the newest successful delivery: everything missed since the webhook last worked. Works while the webhook is inactive. ${who}`, params: IdParam, query: RecoverPreviewQuery, success: { status: 200, schema: RecoverPreviewSchema.meta({ id: "RecoverWebhookPreview" }) }, errors: ["not_found", "forbidden"] });
documentRoute({ method: "get", path: "/v1/webhooks/{id}/deliveries", tag, summary: "List a webhook's deliveries", description: "Newest first; filter by `status` and `event`. Deliveries are kept 30 days.", params: IdParam, query: ListDeliveriesQuery, success: { status: 200, schema: pageOf(Delivery, "WebhookDeliveryPage") }, errors: ["not_found", "forbidden"] });
documentRoute({ method: "get", path: "/v1/webhooks/{id}/deliveries/{delivery_id}", tag, summary: "Get a delivery with every attempt", description: "The full payload, the request headers (signatures shown) and every attempt: time, status code or error kind, duration, response excerpt.", params: DeliveryParams, success: { status: 200, schema: DeliveryDetail }, errors: ["not_found", "forbidden"] });
documentRoute({ method: "post", path: "/v1/webhooks/{id}/deliveries/{delivery_id}/retry", tag, summary: "Re-send a delivery now", description: "A new attempt of the same delivery id, whatever its status; made synchronously. If it fails, the retry schedule follows.", params: DeliveryParams, success: { status: 200, schema: DeliveryDetail }, errors: ["not_found", "conflict"] });
