import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import { memberColumns } from "./find-member";
import type { ListMembersQuery, MemberJson } from "./schemas";
import { serializeMember } from "./serialize-member";

/** Members of the caller's workspace, by user id (oldest accounts first). Any member may read. */
export async function listMembers({ ctx, query }: { ctx: Ctx; query: ListMembersQuery }): Promise<Page<MemberJson>> {
  const filters: SQL[] = [eq(memberships.workspaceId, ctx.caller.workspaceId)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(gt(users.id, after));
  if (query.role) filters.push(eq(memberships.role, query.role));
  const rows = await ctx.db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(...filters))
    .orderBy(asc(users.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeMember);
}
