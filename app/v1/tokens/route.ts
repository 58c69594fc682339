import { parseBody, parseQuery } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";
import { CreateTokenInput, ListTokensQuery } from "@/lib/tokens/schemas";

// GET /v1/tokens – list the caller's API tokens (admins: everyone's with ?all=true)
export const GET = withApi(async ({ req, ctx }) => listTokens({ ctx, query: parseQuery(req, ListTokensQuery) }));

// POST /v1/tokens – create an API token; the secret is in this response only
export const POST = withApi(async ({ req, ctx }) => created(await createToken({ ctx, input: await parseBody(req, CreateTokenInput) })));
