import type { Comment } from "@/db/schema";
import type { CommentJson } from "./schemas";

export type CommentRow = { comment: Comment; authorName: string | null };

export function serializeComment({ comment, authorName }: CommentRow): CommentJson {
  return {
    id: comment.id,
    card_id: comment.cardId,
    body: comment.body,
    author_id: comment.authorId,
    author: comment.authorId && authorName !== null ? { id: comment.authorId, name: authorName } : null,
    created_at: comment.createdAt.toISOString(),
    edited_at: comment.editedAt ? comment.editedAt.toISOString() : null,
  };
}
