import { documentRoute, IdParam, pageOf } from "@/lib/api/openapi/registry";
import { CreatedTokenSchema, CreateTokenInput, ListTokensQuery, TokenSchema } from "./schemas";

const Token = TokenSchema.meta({ id: "Token" });
const tag = "API tokens";
const who =
  "Needs a session, or an unrestricted token (read_write to create or revoke). Tokens are personal: every member manages their own; admins and owners can also list and revoke everyone's.";

documentRoute({ method: "get", path: "/v1/tokens", tag, summary: "List API tokens", description: `The caller's live tokens, newest first. ${who}`, query: ListTokensQuery, success: { status: 200, schema: pageOf(Token, "TokenPage") }, errors: ["forbidden"] });
documentRoute({
  method: "post",
  path: "/v1/tokens",
  tag,
  summary: "Create an API token",
  description: `Returns the secret \`token\` once; only its hash is stored. A token created with a token cannot outlive it. ${who}`,
  body: CreateTokenInput.meta({ id: "CreateTokenInput" }),
  success: { status: 201, schema: CreatedTokenSchema.meta({ id: "CreatedToken" }), description: "Created; `token` is shown only here." },
});
documentRoute({ method: "get", path: "/v1/tokens/{id}", tag, summary: "Get an API token", params: IdParam, success: { status: 200, schema: Token }, errors: ["not_found", "forbidden"] });
documentRoute({ method: "delete", path: "/v1/tokens/{id}", tag, summary: "Revoke an API token", description: "The next request with the token gets 401.", params: IdParam, success: { status: 204 }, errors: ["not_found"] });
