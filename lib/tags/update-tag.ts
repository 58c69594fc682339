import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { tags } from "@/db/schema";
import type { Ctx } from "@/lib/workspaces/context";
import { asDuplicateNameError, requireUniqueTagName } from "./duplicate-name";
import { findTag } from "./find-tag";
import type { TagJson, UpdateTagInput } from "./schemas";
import { serializeTag } from "./serialize-tag";

/** Renames or recolors a tag. No event: the catalog has none for a tag's own fields. */
export async function updateTag({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateTagInput }): Promise<TagJson> {
  authorize(ctx, "board_content.write");
  try {
    return await ctx.db.transaction(async (tx) => {
      const tag = await findTag(ctx, tx, id, { forUpdate: true });
      if (input.name !== undefined) await requireUniqueTagName(tx, tag.boardId, input.name, tag.id);
      const [row] = await tx
        .update(tags)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(tags.id, id))
        .returning();
      return serializeTag(row);
    });
  } catch (error) {
    throw asDuplicateNameError(error, input.name);
  }
}
