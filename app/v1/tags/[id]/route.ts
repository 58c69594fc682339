import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { deleteTag } from "@/lib/tags/delete-tag";
import { getTag } from "@/lib/tags/get-tag";
import { UpdateTagInput } from "@/lib/tags/schemas";
import { updateTag } from "@/lib/tags/update-tag";

type Params = { id: string };

// GET /v1/tags/{id} – get a tag
export const GET = withApi<Params>(async ({ ctx, params }) => getTag({ ctx, id: params.id }));

// PATCH /v1/tags/{id} – rename or recolor a tag
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateTag({ ctx, id: params.id, input: await parseBody(req, UpdateTagInput) }),
);

// DELETE /v1/tags/{id} – delete a tag (removing it from every card, with a tag.removed event each)
export const DELETE = withApi<Params>(async ({ ctx, params }) => deleteTag({ ctx, id: params.id }));
