import { route } from "@/lib/api/route";
import { deleteChecklist } from "@/lib/checklists/delete-checklist";
import { getChecklist } from "@/lib/checklists/find-checklist";
import { CHECKLIST_EVENTS } from "@/lib/checklists/record-item-event";
import { ChecklistSchema, UpdateChecklistInput } from "@/lib/checklists/schemas";
import { updateChecklist } from "@/lib/checklists/update-checklist";
import { idParams } from "@/lib/core/fields";

const tag = "Checklists";
const params = idParams("checklist");

export const GET = route(
  { permission: "board_content.read", tag, summary: "Get a checklist with its items", params, responses: { 200: ChecklistSchema } },
  ({ ctx, params }) => getChecklist({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Rename a checklist",
    params,
    body: UpdateChecklistInput,
    responses: { 200: ChecklistSchema },
  },
  ({ ctx, params, body }) => updateChecklist({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Delete a checklist and its items",
    description: CHECKLIST_EVENTS,
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => deleteChecklist({ ctx, id: params.id }),
);
