import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { comments } from "@/db/schema";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { requireCommentAuthorOrAdmin } from "./authorize-comment";
import { findComment } from "./find-comment";
import type { CommentJson, UpdateCommentInput } from "./schemas";
import { serializeComment } from "./serialize-comment";

/** Edits a comment's body and stamps edited_at; an identical body is a no-op without an event. */
export async function updateComment({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateCommentInput }): Promise<CommentJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const found = await findComment(ctx, tx, id, { forUpdate: true });
    requireCommentAuthorOrAdmin(ctx, found.comment, "edit");
    const before = serializeComment(found);
    if (found.comment.body === input.body) return before;
    const [comment] = await tx.update(comments).set({ body: input.body, editedAt: new Date() }).where(eq(comments.id, id)).returning();
    const after = serializeComment({ comment, authorName: found.authorName });
    await recordEvent(tx, {
      workspaceId: comment.workspaceId,
      type: "comment.updated",
      boardId: found.boardId,
      actor: ctx.caller.user,
      data: after,
      changes: diffChanges(before, after, ["body"]),
    });
    return after;
  });
}
