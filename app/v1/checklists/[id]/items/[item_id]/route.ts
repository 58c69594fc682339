import { route } from "@/lib/api/route";
import { deleteItem } from "@/lib/checklists/delete-item";
import { getChecklistItem } from "@/lib/checklists/find-checklist";
import { CHECKLIST_EVENTS } from "@/lib/checklists/record-item-event";
import { ChecklistItemSchema, UpdateItemInput } from "@/lib/checklists/schemas";
import { updateItem } from "@/lib/checklists/update-item";
import { idParams, idOf } from "@/lib/core/fields";

const tag = "Checklists";
const params = idParams("checklist").extend({
  item_id: idOf("checklistItem").meta({ description: "The chki_… id of an item of this checklist." }),
});

export const GET = route(
  { permission: "board_content.read", tag, summary: "Get an item", params, responses: { 200: ChecklistItemSchema } },
  ({ ctx, params }) => getChecklistItem({ ctx, id: params.id, itemId: params.item_id }),
);

export const PATCH = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Edit, complete or move an item",
    description: `A position past the end moves the item last. ${CHECKLIST_EVENTS}`,
    params,
    body: UpdateItemInput,
    responses: { 200: ChecklistItemSchema },
  },
  ({ ctx, params, body }) => updateItem({ ctx, id: params.id, itemId: params.item_id, input: body }),
);

export const DELETE = route(
  { permission: "board_content.write", tag, summary: "Delete an item", params, responses: { 204: null } },
  ({ ctx, params }) => deleteItem({ ctx, id: params.id, itemId: params.item_id }),
);
