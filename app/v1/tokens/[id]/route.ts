import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { getToken } from "@/lib/tokens/find-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { TokenSchema } from "@/lib/tokens/schemas";

const tag = "API tokens";
const params = idParams("token");

export const GET = route(
  { permission: "tokens.read", tag, summary: "Get an API token", params, responses: { 200: TokenSchema }, errors: ["forbidden"] },
  ({ ctx, params }) => getToken({ ctx, id: params.id }),
);

export const DELETE = route(
  {
    permission: "tokens.write",
    tag,
    summary: "Revoke an API token",
    description: "The next request with the token gets 401.",
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => revokeToken({ ctx, id: params.id }),
);
