import { route } from "@/lib/api/route";
import { deleteBoard } from "@/lib/boards/delete-board";
import { getBoard } from "@/lib/boards/find-board";
import { BoardSchema, UpdateBoardInput } from "@/lib/boards/schemas";
import { updateBoard } from "@/lib/boards/update-board";
import { idParams } from "@/lib/core/fields";

const tag = "Boards";
const params = idParams("board");

export const GET = route(
  { permission: "boards.read", tag, summary: "Get a board", params, responses: { 200: BoardSchema }, errors: ["forbidden"] },
  ({ ctx, params }) => getBoard({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "boards.update",
    tag,
    summary: "Update, archive or restore a board",
    params,
    body: UpdateBoardInput,
    responses: { 200: BoardSchema },
  },
  ({ ctx, params, body }) => updateBoard({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  { permission: "boards.delete", tag, summary: "Delete a board and everything on it", params, responses: { 204: null } },
  ({ ctx, params }) => deleteBoard({ ctx, id: params.id }),
);
