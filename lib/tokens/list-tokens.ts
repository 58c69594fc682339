import { and, desc, eq, isNull, lt, type SQL } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
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
  const filters: SQL[] = [eq(apiTokens.workspaceId, ctx.caller.workspaceId), isNull(apiTokens.revokedAt)];
  if (!query.all) filters.push(eq(apiTokens.userId, ctx.caller.user.id));
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(apiTokens.id, after));
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(...filters))
    .orderBy(desc(apiTokens.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeToken);
}
