import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { deleteList } from "@/lib/lists/delete-list";
import { getList } from "@/lib/lists/get-list";
import { UpdateListInput } from "@/lib/lists/schemas";
import { updateList } from "@/lib/lists/update-list";

type Params = { id: string };

// GET /v1/lists/{id} – get a list
export const GET = withApi<Params>(async ({ ctx, params }) => getList({ ctx, id: params.id }));

// PATCH /v1/lists/{id} – rename, reorder (position), archive or restore a list
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateList({ ctx, id: params.id, input: await parseBody(req, UpdateListInput) }),
);

// DELETE /v1/lists/{id} – delete a list and its cards
export const DELETE = withApi<Params>(async ({ ctx, params }) => deleteList({ ctx, id: params.id }));
