import { route } from "@/lib/api/route";
import { deleteCard } from "@/lib/cards/delete-card";
import { getCard } from "@/lib/cards/find-card";
import { CardSchema, UpdateCardInput } from "@/lib/cards/schemas";
import { updateCard } from "@/lib/cards/update-card";
import { idParams } from "@/lib/core/fields";

const tag = "Cards";
const params = idParams("card");

export const GET = route(
  { permission: "board_content.read", tag, summary: "Get a card", params, responses: { 200: CardSchema } },
  ({ ctx, params }) => getCard({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Edit, move, complete, archive, assign or tag a card",
    description:
      "`list_id` and/or `position` move the card (one `card.moved` event); `completed: true` records `card.completed`, `archived: true` `card.archived`, other fields `card.updated`; each added or removed tag records `tag.added` / `tag.removed`.",
    params,
    body: UpdateCardInput,
    responses: { 200: CardSchema },
  },
  ({ ctx, params, body }) => updateCard({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  { permission: "board_content.write", tag, summary: "Delete a card", params, responses: { 204: null } },
  ({ ctx, params }) => deleteCard({ ctx, id: params.id }),
);
