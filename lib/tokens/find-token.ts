import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { apiTokens, type ApiToken } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import { hasRole } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { requireTokenManagement } from "./require-token-management";
import type { TokenJson } from "./schemas";
import { serializeToken } from "./serialize-token";

/**
 * A live (not revoked) token of the caller's workspace that the caller may manage: their own,
 * or anyone's for admins and owners. Everything else is 404, so members cannot probe for the
 * ids of other people's tokens.
 */
export async function findToken(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<ApiToken> {
  if (!isIdOf("token", id)) throw notFound("API token");
  const query = db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.workspaceId, ctx.caller.workspaceId), isNull(apiTokens.revokedAt)));
  const [token] = options.forUpdate ? await query.for("update") : await query;
  if (!token) throw notFound("API token");
  if (token.userId !== ctx.caller.user.id && !hasRole(ctx.caller.role, "admin")) throw notFound("API token");
  return token;
}

/** `GET /v1/tokens/{id}`: the token as the API shows it (never its secret). */
export async function getToken({ ctx, id }: { ctx: Ctx; id: string }): Promise<TokenJson> {
  requireTokenManagement(ctx, "read");
  return serializeToken(await findToken(ctx, ctx.db, id));
}
