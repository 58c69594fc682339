import { eq } from "drizzle-orm";
import { savedFilters } from "@/db/schema";
import { forbidden } from "@/lib/core/errors";
import { hasRole } from "@/lib/workspaces/authorize";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { findSavedFilter } from "./find-saved-filter";

/** Deletes a saved filter: a personal one by its owner; a shared one by its owner or an admin. */
export async function deleteSavedFilter({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "saved_filters.write");
  await ctx.db.transaction(async (tx) => {
    const filter = await findSavedFilter(ctx, tx, id, { forUpdate: true });
    if (filter.ownerId !== ctx.caller.user.id && !hasRole(ctx.caller.role, "admin"))
      throw forbidden("A shared filter is deleted by its owner or an admin.");
    await tx.delete(savedFilters).where(eq(savedFilters.id, id));
  });
}
