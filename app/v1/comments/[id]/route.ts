import { route } from "@/lib/api/route";
import { deleteComment } from "@/lib/comments/delete-comment";
import { getComment } from "@/lib/comments/find-comment";
import { CommentSchema, UpdateCommentInput } from "@/lib/comments/schemas";
import { updateComment } from "@/lib/comments/update-comment";
import { idParams } from "@/lib/core/fields";

const tag = "Comments";
const params = idParams("comment");

export const GET = route(
  { permission: "board_content.read", tag, summary: "Get a comment", params, responses: { 200: CommentSchema } },
  ({ ctx, params }) => getComment({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Edit a comment",
    description: "Only the author, or an admin or owner. Sets `edited_at`; emits `comment.updated` with `changes.body`.",
    params,
    body: UpdateCommentInput,
    responses: { 200: CommentSchema },
  },
  ({ ctx, params, body }) => updateComment({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Delete a comment",
    description: "Only the author, or an admin or owner. Emits `comment.deleted` with the last state.",
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => deleteComment({ ctx, id: params.id }),
);
