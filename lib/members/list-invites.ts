import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { invites } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import { requireRole, requireUnrestricted } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { InviteJson, ListInvitesQuery } from "./schemas";
import { serializeInvite } from "./serialize-member";

/** Pending invites, newest first. Only admins and owners see them (they hold email addresses). */
export async function listInvites({ ctx, query }: { ctx: Ctx; query: ListInvitesQuery }): Promise<Page<InviteJson>> {
  requireRole(ctx, "admin");
  requireUnrestricted(ctx, "manage members");
  const filters: SQL[] = [eq(invites.workspaceId, ctx.caller.workspaceId)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(invites.id, after));
  const rows = await ctx.db
    .select()
    .from(invites)
    .where(and(...filters))
    .orderBy(desc(invites.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeInvite);
}
