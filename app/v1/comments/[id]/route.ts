import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { deleteComment } from "@/lib/comments/delete-comment";
import { findComment } from "@/lib/comments/find-comment";
import { UpdateCommentInput } from "@/lib/comments/schemas";
import { serializeComment } from "@/lib/comments/serialize-comment";
import { updateComment } from "@/lib/comments/update-comment";

type Params = { id: string };

// GET /v1/comments/{id} – get a comment
export const GET = withApi<Params>(async ({ ctx, params }) => serializeComment(await findComment(ctx, ctx.db, params.id)));

// PATCH /v1/comments/{id} – edit a comment (its author, or an admin/owner)
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateComment({ ctx, id: params.id, input: await parseBody(req, UpdateCommentInput) }),
);

// DELETE /v1/comments/{id} – delete a comment (its author, or an admin/owner)
export const DELETE = withApi<Params>(async ({ ctx, params }) => deleteComment({ ctx, id: params.id }));
