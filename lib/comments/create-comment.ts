import { authorize } from "@/lib/workspaces/permissions";
import { comments } from "@/db/schema";
import { findCard } from "@/lib/cards/find-card";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import type { CommentJson, CreateCommentInput } from "./schemas";
import { serializeComment } from "./serialize-comment";

/** Comments on a card as the caller; viewers cannot comment (member role or higher). */
export async function createComment({ ctx, input }: { ctx: Ctx; input: CreateCommentInput }): Promise<CommentJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const card = await findCard(ctx, tx, input.card_id);
    const [comment] = await tx
      .insert(comments)
      .values({ id: newId("comment"), workspaceId: card.workspaceId, cardId: card.id, authorId: ctx.caller.user.id, body: input.body })
      .returning();
    const data = serializeComment({ comment, authorName: ctx.caller.user.name });
    await recordEvent(tx, { workspaceId: card.workspaceId, type: "comment.created", boardId: card.boardId, actor: ctx.caller.user, data });
    return data;
  });
}
