import { eq } from "drizzle-orm";
import { savedFilters } from "@/db/schema";
import { forbidden } from "@/lib/core/errors";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { requireMayShare, requireReadableQuery, requireSortable } from "./check-saved-filter";
import { findSavedFilter } from "./find-saved-filter";
import type { SavedFilterJson, UpdateSavedFilterInput } from "./schemas";
import { serializeSavedFilter } from "./serialize-saved-filter";

/**
 * Edits a saved filter: a personal one by its owner only (others do not see it); a shared one by
 * any member. Making it personal again is its owner's call, as it then disappears for everyone else.
 */
export async function updateSavedFilter({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: UpdateSavedFilterInput;
}): Promise<SavedFilterJson> {
  authorize(ctx, "saved_filters.write");
  if (input.query !== undefined) requireReadableQuery(ctx, input.query);
  return ctx.db.transaction(async (tx) => {
    const filter = await findSavedFilter(ctx, tx, id, { forUpdate: true });
    const mine = filter.ownerId === ctx.caller.user.id;
    if (filter.shared || input.shared) requireMayShare(ctx);
    if (filter.shared && input.shared === false && !mine) throw forbidden("Only its owner can make a shared filter personal again.");
    await requireSortable(tx, ctx, input.sort, filter.boardId);
    const [row] = await tx
      .update(savedFilters)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(savedFilters.id, id))
      .returning();
    return serializeSavedFilter(row);
  });
}
