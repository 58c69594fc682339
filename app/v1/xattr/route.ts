import { route } from "@/lib/api/route";
import { createCustomField } from "@/lib/custom-fields/create-custom-field";
import { listCustomFields } from "@/lib/custom-fields/list-custom-fields";
import { CreateCustomFieldInput, CustomFieldPage, CustomFieldSchema, ListCustomFieldsQuery } from "@/lib/custom-fields/schemas";

const tag = "Custom fields";

export const GET = route(
  {
    permission: "board_content.read",
    tag,
    summary: "List custom fields",
    description: "Newest first; `position` is each field's order on its board.",
    query: ListCustomFieldsQuery,
    responses: { 200: CustomFieldPage },
  },
  ({ ctx, query }) => listCustomFields({ ctx, query }),
);

export const POST = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Define a custom field on a board",
    description:
      "Types: text, number, date, checkbox, select, multi_select (with coloured options), user, url. Names are unique per board, ignoring case (the filter language names fields: `field.<name>:`). At most 50 per board. Event: custom_field.created.",
    body: CreateCustomFieldInput,
    responses: { 201: CustomFieldSchema },
    errors: ["not_found", "conflict"],
  },
  ({ ctx, body }) => createCustomField({ ctx, input: body }),
);
