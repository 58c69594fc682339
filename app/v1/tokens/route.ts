import { route } from "@/lib/api/route";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";
import { CreatedTokenSchema, CreateTokenInput, ListTokensQuery, TokenPage } from "@/lib/tokens/schemas";

const tag = "API tokens";
const who =
  "Needs a session, or an unrestricted token (read_write to create or revoke). Tokens are personal: every member manages their own; admins and owners can also list and revoke everyone's.";

export const GET = route(
  {
    permission: "tokens.read",
    tag,
    summary: "List API tokens",
    description: `The caller's live tokens, newest first. ${who}`,
    query: ListTokensQuery,
    responses: { 200: TokenPage },
    errors: ["forbidden"],
  },
  ({ ctx, query }) => listTokens({ ctx, query }),
);

export const POST = route(
  {
    permission: "tokens.write",
    tag,
    summary: "Create an API token",
    description: `Returns the secret \`token\` once; only its hash is stored. A token created with a token cannot outlive it. ${who}`,
    body: CreateTokenInput,
    responses: { 201: { schema: CreatedTokenSchema, description: "Created; `token` is shown only here." } },
  },
  ({ ctx, body }) => createToken({ ctx, input: body }),
);
