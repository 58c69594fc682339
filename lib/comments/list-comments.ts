import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { comments, users } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import { findCard } from "@/lib/cards/find-card";
import type { Ctx } from "@/lib/workspaces/context";
import type { CommentJson, ListCommentsQuery } from "./schemas";
import { serializeComment } from "./serialize-comment";

/** A card's comments, oldest first (they read as a conversation; so not `keysetPage`, which is newest first). */
export async function listComments({ ctx, query }: { ctx: Ctx; query: ListCommentsQuery }): Promise<Page<CommentJson>> {
  const card = await findCard(ctx, ctx.db, query.card_id);
  const filters: SQL[] = [eq(comments.workspaceId, ctx.caller.workspaceId), eq(comments.cardId, card.id)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(gt(comments.id, after));
  const rows = await ctx.db
    .select({ comment: comments, authorName: users.name })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(...filters))
    .orderBy(asc(comments.id))
    .limit(query.limit + 1);
  return toPage(
    rows.map((row) => ({ ...row, id: row.comment.id })),
    query.limit,
    serializeComment,
  );
}
