import { and, eq, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { savedFilters, type SavedFilter } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { SavedFilterJson } from "./schemas";
import { serializeSavedFilter } from "./serialize-saved-filter";

/** Whom a saved filter is visible to: its owner, or everyone in the workspace when shared. */
export const visibleSavedFilters = (ctx: Ctx): SQL => or(eq(savedFilters.shared, true), eq(savedFilters.ownerId, ctx.caller.user.id))!;

/** A saved filter the caller may see; another's personal one, another workspace's or a hidden board's is 404. */
export async function findSavedFilter(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<SavedFilter> {
  const query = db
    .select()
    .from(savedFilters)
    .where(and(eq(savedFilters.id, id), eq(savedFilters.workspaceId, ctx.caller.workspaceId), visibleSavedFilters(ctx)));
  const [filter] = options.forUpdate ? await query.for("update") : await query;
  if (!filter || !canSeeBoard(ctx, filter.boardId)) throw notFound("Saved filter");
  return filter;
}

export async function getSavedFilter({ ctx, id }: { ctx: Ctx; id: string }): Promise<SavedFilterJson> {
  return serializeSavedFilter(await findSavedFilter(ctx, ctx.db, id));
}
