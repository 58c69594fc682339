import { parseBody, parseQuery } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";
import { CreateCommentInput, ListCommentsQuery } from "@/lib/comments/schemas";

// GET /v1/comments?card_id=… – list a card's comments, oldest first
export const GET = withApi(async ({ req, ctx }) => listComments({ ctx, query: parseQuery(req, ListCommentsQuery) }));

// POST /v1/comments – comment on a card as the caller
export const POST = withApi(async ({ req, ctx }) => created(await createComment({ ctx, input: await parseBody(req, CreateCommentInput) })));
