import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { deleteCard } from "@/lib/cards/delete-card";
import { getCard } from "@/lib/cards/get-card";
import { UpdateCardInput } from "@/lib/cards/schemas";
import { updateCard } from "@/lib/cards/update-card";

type Params = { id: string };

// GET /v1/cards/{id} – get a card
export const GET = withApi<Params>(async ({ ctx, params }) => getCard({ ctx, id: params.id }));

// PATCH /v1/cards/{id} – edit, move (list_id, position), complete, archive, assign or tag a card
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateCard({ ctx, id: params.id, input: await parseBody(req, UpdateCardInput) }),
);

// DELETE /v1/cards/{id} – delete a card
export const DELETE = withApi<Params>(async ({ ctx, params }) => deleteCard({ ctx, id: params.id }));
