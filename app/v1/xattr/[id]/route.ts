import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { deleteCustomField } from "@/lib/custom-fields/delete-custom-field";
import { getCustomField } from "@/lib/custom-fields/find-custom-field";
import { CustomFieldSchema, UpdateCustomFieldInput } from "@/lib/custom-fields/schemas";
import { updateCustomField } from "@/lib/custom-fields/update-custom-field";

const tag = "Custom fields";
const params = idParams("customField");

export const GET = route(
  { permission: "board_content.read", tag, summary: "Get a custom field", params, responses: { 200: CustomFieldSchema } },
  ({ ctx, params }) => getCustomField({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Rename, reorder or change a custom field's options",
    description:
      "The type cannot change. `options` is the whole list in its new order: entries with an id rename, recolour or archive that option, entries without one are added; an existing option left out is a 400 (archive it instead). Event: custom_field.updated.",
    params,
    body: UpdateCustomFieldInput,
    responses: { 200: CustomFieldSchema },
    errors: ["conflict"],
  },
  ({ ctx, params, body }) => updateCustomField({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Delete a custom field and its values",
    description: "Event: custom_field.deleted, and card.updated for each card that had a value.",
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => deleteCustomField({ ctx, id: params.id }),
);
