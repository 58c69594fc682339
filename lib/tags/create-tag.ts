import { authorize } from "@/lib/workspaces/permissions";
import { tags } from "@/db/schema";
import { findBoard } from "@/lib/boards/find-board";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { asDuplicateNameError, requireUniqueTagName } from "./duplicate-name";
import type { CreateTagInput, TagJson } from "./schemas";
import { serializeTag } from "./serialize-tag";

/**
 * Creates a board tag. No event: the catalog's tag events (tag.added / tag.removed) are about a
 * card's tags, and a tag nobody carries changes nothing a receiver sees.
 */
export async function createTag({ ctx, input }: { ctx: Ctx; input: CreateTagInput }): Promise<TagJson> {
  authorize(ctx, "board_content.write");
  try {
    return await ctx.db.transaction(async (tx) => {
      const board = await findBoard(ctx, tx, input.board_id);
      await requireUniqueTagName(tx, board.id, input.name);
      const [tag] = await tx
        .insert(tags)
        .values({ id: newId("tag"), workspaceId: board.workspaceId, boardId: board.id, name: input.name, color: input.color })
        .returning();
      return serializeTag(tag);
    });
  } catch (error) {
    throw asDuplicateNameError(error, input.name);
  }
}
