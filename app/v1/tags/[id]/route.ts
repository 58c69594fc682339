import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { deleteTag } from "@/lib/tags/delete-tag";
import { getTag } from "@/lib/tags/find-tag";
import { TagSchema, UpdateTagInput } from "@/lib/tags/schemas";
import { updateTag } from "@/lib/tags/update-tag";

const tag = "Tags";
const params = idParams("tag");

export const GET = route(
  { permission: "board_content.read", tag, summary: "Get a tag", params, responses: { 200: TagSchema } },
  ({ ctx, params }) => getTag({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Rename or recolor a tag",
    params,
    body: UpdateTagInput,
    responses: { 200: TagSchema },
    errors: ["conflict"],
  },
  ({ ctx, params, body }) => updateTag({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Delete a tag",
    description: "Removes it from every card; each such card records a tag.removed event.",
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => deleteTag({ ctx, id: params.id }),
);
