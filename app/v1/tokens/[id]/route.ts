import { withApi } from "@/lib/api/with-api";
import { getToken } from "@/lib/tokens/get-token";
import { revokeToken } from "@/lib/tokens/revoke-token";

type Params = { id: string };

// GET /v1/tokens/{id} – get an API token (never its secret)
export const GET = withApi<Params>(async ({ ctx, params }) => getToken({ ctx, id: params.id }));

// DELETE /v1/tokens/{id} – revoke an API token; its next request gets 401
export const DELETE = withApi<Params>(async ({ ctx, params }) => revokeToken({ ctx, id: params.id }));
