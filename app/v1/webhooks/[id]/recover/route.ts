import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { recoverDeliveries } from "@/lib/webhooks/recover-deliveries";
import { RecoverInput } from "@/lib/webhooks/schemas";

// POST /v1/webhooks/{id}/recover – re-queue skipped and failed deliveries of a time window
export const POST = withApi<{ id: string }>(async ({ req, ctx, params }) =>
  recoverDeliveries({ ctx, id: params.id, input: await parseBody(req, RecoverInput) }),
);
