import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { comments } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { requireCommentAuthorOrAdmin } from "./authorize-comment";
import { findComment } from "./find-comment";
import { serializeComment } from "./serialize-comment";

/** Deletes a comment; the event carries its last state. */
export async function deleteComment({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "board_content.write");
  await transact(ctx.db, async (tx) => {
    const found = await findComment(ctx, tx, id, { forUpdate: true });
    requireCommentAuthorOrAdmin(ctx, found.comment, "delete");
    await tx.delete(comments).where(eq(comments.id, id));
    await recordEvent(tx, {
      workspaceId: found.comment.workspaceId,
      type: "comment.deleted",
      boardId: found.boardId,
      actor: ctx.caller.user,
      data: serializeComment(found),
    });
  });
}
