import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { deleteChecklist } from "@/lib/checklists/delete-checklist";
import { getChecklist } from "@/lib/checklists/get-checklist";
import { UpdateChecklistInput } from "@/lib/checklists/schemas";
import { updateChecklist } from "@/lib/checklists/update-checklist";

type Params = { id: string };

// GET /v1/checklists/{id} – get a checklist with its items
export const GET = withApi<Params>(async ({ ctx, params }) => getChecklist({ ctx, id: params.id }));

// PATCH /v1/checklists/{id} – rename a checklist
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateChecklist({ ctx, id: params.id, input: await parseBody(req, UpdateChecklistInput) }),
);

// DELETE /v1/checklists/{id} – delete a checklist and its items
export const DELETE = withApi<Params>(async ({ ctx, params }) => deleteChecklist({ ctx, id: params.id }));
