import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { lists, type List } from "@/db/schema";
import { findBoard } from "@/lib/boards/find-board";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findList } from "./find-list";
import { listRankAt } from "./list-rank-at";
import type { ListJson, UpdateListInput } from "./schemas";
import { loadListJson } from "./serialize-list";

/** Renames, reorders (`position`), archives or restores a list; one list.updated event. */
export async function updateList({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateListInput }): Promise<ListJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const found = await findList(ctx, tx, id);
    // A reorder takes the board lock first (as createList does), then the list's own.
    if (input.position !== undefined) await findBoard(ctx, tx, found.boardId, { forUpdate: true });
    const list = await findList(ctx, tx, id, { forUpdate: true });
    const before = await loadListJson(tx, list.id);
    const set: Partial<List> = {};
    if (input.name !== undefined && input.name !== list.name) set.name = input.name;
    if (input.archived !== undefined && input.archived !== list.archived) set.archived = input.archived;
    if (input.position !== undefined && input.position !== before.position)
      set.rank = await listRankAt(tx, list.boardId, input.position, list.id);
    if (Object.keys(set).length === 0) return before;
    await tx
      .update(lists)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(lists.id, id));
    const after = await loadListJson(tx, id);
    const changes = diffChanges(before, after, ["name", "position", "archived"]);
    if (Object.keys(changes).length > 0) {
      await recordEvent(tx, {
        workspaceId: list.workspaceId,
        type: "list.updated",
        boardId: list.boardId,
        actor: ctx.caller.user,
        data: after,
        changes,
      });
    }
    return after;
  });
}
