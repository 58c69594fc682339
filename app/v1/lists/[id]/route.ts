import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { deleteList } from "@/lib/lists/delete-list";
import { getList } from "@/lib/lists/find-list";
import { ListSchema, UpdateListInput } from "@/lib/lists/schemas";
import { updateList } from "@/lib/lists/update-list";

const tag = "Lists";
const params = idParams("list");

export const GET = route(
  { permission: "board_content.read", tag, summary: "Get a list", params, responses: { 200: ListSchema } },
  ({ ctx, params }) => getList({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Rename, reorder, archive or restore a list",
    params,
    body: UpdateListInput,
    responses: { 200: ListSchema },
  },
  ({ ctx, params, body }) => updateList({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  { permission: "board_content.write", tag, summary: "Delete a list and its cards", params, responses: { 204: null } },
  ({ ctx, params }) => deleteList({ ctx, id: params.id }),
);
