import { route } from "@/lib/api/route";
import { addItem } from "@/lib/checklists/add-item";
import { CHECKLIST_EVENTS } from "@/lib/checklists/record-item-event";
import { ChecklistItemSchema, CreateItemInput } from "@/lib/checklists/schemas";
import { idParams } from "@/lib/core/fields";

export const POST = route(
  {
    permission: "board_content.write",
    tag: "Checklists",
    summary: "Add an item",
    description: `At \`position\` (default: the end); later items shift down. At most 500 items (409 beyond). ${CHECKLIST_EVENTS}`,
    params: idParams("checklist"),
    body: CreateItemInput,
    responses: { 201: ChecklistItemSchema },
    errors: ["conflict"],
  },
  ({ ctx, params, body }) => addItem({ ctx, id: params.id, input: body }),
);
