// The JSON shapes of /v1/webhooks, taken from the API's own zod schemas (type-only: nothing of
// the server is bundled), so a changed field shows up here as a type error.
export type {
  AttemptJson,
  DeliveryDetailJson,
  DeliveryJson,
  RecoverPreviewJson,
  WebhookJson,
  WebhookWithSecretJson,
} from "@/lib/webhooks/schemas";

export type DeliveryStatus = "pending" | "success" | "failed" | "skipped";
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ["pending", "success", "failed", "skipped"];

export type WebhookInput = {
  url: string;
  events: string[];
  board_ids: string[];
  description: string;
  active: boolean;
};
