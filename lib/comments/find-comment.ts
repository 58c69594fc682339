import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards, comments, users } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { CommentJson } from "./schemas";
import { serializeComment, type CommentRow } from "./serialize-comment";

export type FoundComment = CommentRow & { boardId: string };

/**
 * A comment of the caller's workspace, with its author's name and its card's board (for events
 * and board-restricted tokens, which get 404 outside their boards). `forUpdate` locks only the
 * comment row.
 */
export async function findComment(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<FoundComment> {
  if (!isIdOf("comment", id)) throw notFound("Comment");
  const query = db
    .select({ comment: comments, authorName: users.name, boardId: cards.boardId })
    .from(comments)
    .innerJoin(cards, eq(cards.id, comments.cardId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.id, id), eq(comments.workspaceId, ctx.caller.workspaceId)));
  const [row] = options.forUpdate ? await query.for("update", { of: comments }) : await query;
  if (!row || !canSeeBoard(ctx, row.boardId)) throw notFound("Comment");
  return row;
}

/** `GET /v1/comments/{id}`: the comment as the API shows it. */
export async function getComment({ ctx, id }: { ctx: Ctx; id: string }): Promise<CommentJson> {
  return serializeComment(await findComment(ctx, ctx.db, id));
}
