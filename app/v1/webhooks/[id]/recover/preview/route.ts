import { parseQuery } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { previewRecovery } from "@/lib/webhooks/preview-recovery";
import { RecoverPreviewQuery } from "@/lib/webhooks/schemas";

// GET /v1/webhooks/{id}/recover/preview – how many deliveries recover would re-queue (?since=&until=)
export const GET = withApi<{ id: string }>(async ({ req, ctx, params }) =>
  previewRecovery({ ctx, id: params.id, query: parseQuery(req, RecoverPreviewQuery) }),
);
