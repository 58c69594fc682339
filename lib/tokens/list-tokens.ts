import { eq, isNull } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { requireRole } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { ListTokensQuery, TokenJson } from "./schemas";
import { serializeToken } from "./serialize-token";
import { requireTokenManagement } from "./require-token-management";

/**
 * The caller's live tokens in this workspace, newest first (expired ones included, so people
 * see why a script stopped). Admins may ask for everyone's with `all=true` to audit them.
 */
export async function listTokens({ ctx, query }: { ctx: Ctx; query: ListTokensQuery }): Promise<Page<TokenJson>> {
  requireTokenManagement(ctx, "read");
  if (query.all) requireRole(ctx, "admin");
  const filters = [
    eq(apiTokens.workspaceId, ctx.caller.workspaceId),
    isNull(apiTokens.revokedAt),
    query.all ? undefined : eq(apiTokens.userId, ctx.caller.user.id),
  ];
  return keysetPage(ctx.db, apiTokens, apiTokens.id, filters, query, serializeToken);
}
