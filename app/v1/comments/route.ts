import { route } from "@/lib/api/route";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";
import { CommentPage, CommentSchema, CreateCommentInput, ListCommentsQuery } from "@/lib/comments/schemas";

const tag = "Comments";

export const GET = route(
  {
    permission: "board_content.read",
    tag,
    summary: "List a card's comments",
    description: "Oldest first. `card_id` is required.",
    query: ListCommentsQuery,
    responses: { 200: CommentPage },
    errors: ["not_found"],
  },
  ({ ctx, query }) => listComments({ ctx, query }),
);

export const POST = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Comment on a card",
    description: "The author is the caller. Member role or higher. Emits `comment.created`.",
    body: CreateCommentInput,
    responses: { 201: CommentSchema },
    errors: ["not_found"],
  },
  ({ ctx, body }) => createComment({ ctx, input: body }),
);
