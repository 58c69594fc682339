import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { previewRecovery } from "@/lib/webhooks/preview-recovery";
import { RecoverPreviewQuery, RecoverPreviewSchema } from "@/lib/webhooks/schemas";

export const GET = route(
  {
    permission: "webhooks.read",
    tag: "Webhooks",
    summary: "Count what a replay would send",
    description:
      "How many deliveries `POST /v1/webhooks/{id}/recover` with the same window would queue again, and the oldest one's created_at (pass it as `since` to replay exactly these). Without `since`, the window starts after the newest successful delivery: everything missed since the webhook last worked. Works while the webhook is inactive. Admins and owners only; board-restricted tokens are refused.",
    params: idParams("webhook"),
    query: RecoverPreviewQuery,
    responses: { 200: RecoverPreviewSchema },
    errors: ["forbidden"],
  },
  ({ ctx, params, query }) => previewRecovery({ ctx, id: params.id, query }),
);
