import { parseBody } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { addItem } from "@/lib/checklists/add-item";
import { CreateItemInput } from "@/lib/checklists/schemas";

type Params = { id: string };

// POST /v1/checklists/{id}/items – add an item (at a position, default the end)
export const POST = withApi<Params>(async ({ req, ctx, params }) =>
  created(await addItem({ ctx, id: params.id, input: await parseBody(req, CreateItemInput) })),
);
