import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { deleteItem } from "@/lib/checklists/delete-item";
import { getChecklistItem } from "@/lib/checklists/get-checklist";
import { UpdateItemInput } from "@/lib/checklists/schemas";
import { updateItem } from "@/lib/checklists/update-item";

type Params = { id: string; item_id: string };

// GET /v1/checklists/{id}/items/{item_id} – get one item
export const GET = withApi<Params>(async ({ ctx, params }) => getChecklistItem({ ctx, id: params.id, itemId: params.item_id }));

// PATCH /v1/checklists/{id}/items/{item_id} – edit, complete or move an item
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateItem({ ctx, id: params.id, itemId: params.item_id, input: await parseBody(req, UpdateItemInput) }),
);

// DELETE /v1/checklists/{id}/items/{item_id} – delete an item
export const DELETE = withApi<Params>(async ({ ctx, params }) => deleteItem({ ctx, id: params.id, itemId: params.item_id }));
