import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { deleteBoard } from "@/lib/boards/delete-board";
import { getBoard } from "@/lib/boards/get-board";
import { UpdateBoardInput } from "@/lib/boards/schemas";
import { updateBoard } from "@/lib/boards/update-board";

type Params = { id: string };

// GET /v1/boards/{id} – get a board
export const GET = withApi<Params>(async ({ ctx, params }) => getBoard({ ctx, id: params.id }));

// PATCH /v1/boards/{id} – rename, describe, archive (active: false) or restore a board
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateBoard({ ctx, id: params.id, input: await parseBody(req, UpdateBoardInput) }),
);

// DELETE /v1/boards/{id} – delete a board and everything on it
export const DELETE = withApi<Params>(async ({ ctx, params }) => deleteBoard({ ctx, id: params.id }));
