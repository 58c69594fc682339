import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { deleteSavedFilter } from "@/lib/saved-filters/delete-saved-filter";
import { getSavedFilter } from "@/lib/saved-filters/find-saved-filter";
import { SavedFilterSchema, UpdateSavedFilterInput } from "@/lib/saved-filters/schemas";
import { updateSavedFilter } from "@/lib/saved-filters/update-saved-filter";

const tag = "Saved filters";
const params = idParams("savedFilter");

export const GET = route(
  { permission: "saved_filters.read", tag, summary: "Get a saved filter", params, responses: { 200: SavedFilterSchema } },
  ({ ctx, params }) => getSavedFilter({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "saved_filters.write",
    tag,
    summary: "Edit a saved filter",
    description: "A personal filter by its owner; a shared one by any member (only its owner makes it personal again).",
    params,
    body: UpdateSavedFilterInput,
    responses: { 200: SavedFilterSchema },
    errors: ["forbidden"],
  },
  ({ ctx, params, body }) => updateSavedFilter({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "saved_filters.write",
    tag,
    summary: "Delete a saved filter",
    description: "A personal filter by its owner; a shared one by its owner or an admin.",
    params,
    responses: { 204: null },
    errors: ["forbidden"],
  },
  ({ ctx, params }) => deleteSavedFilter({ ctx, id: params.id }),
);
