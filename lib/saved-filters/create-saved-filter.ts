import { savedFilters } from "@/db/schema";
import { findBoard } from "@/lib/boards/find-board";
import { newId } from "@/lib/ids";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { requireMayShare, requireReadableQuery, requireSortable } from "./check-saved-filter";
import type { CreateSavedFilterInput, SavedFilterJson } from "./schemas";
import { serializeSavedFilter } from "./serialize-saved-filter";

/** Saves a named card query, personal by default. No event: saved views change no card, board or member. */
export async function createSavedFilter({ ctx, input }: { ctx: Ctx; input: CreateSavedFilterInput }): Promise<SavedFilterJson> {
  authorize(ctx, "saved_filters.write");
  if (input.shared) requireMayShare(ctx);
  requireReadableQuery(ctx, input.query);
  return ctx.db.transaction(async (tx) => {
    const boardId = input.board_id ? (await findBoard(ctx, tx, input.board_id)).id : null;
    await requireSortable(tx, ctx, input.sort, boardId);
    const [row] = await tx
      .insert(savedFilters)
      .values({
        id: newId("savedFilter"),
        workspaceId: ctx.caller.workspaceId,
        boardId,
        ownerId: ctx.caller.user.id,
        name: input.name,
        query: input.query,
        shared: input.shared ?? false,
        sort: input.sort ?? null,
        position: input.position ?? 0,
      })
      .returning();
    return serializeSavedFilter(row);
  });
}
