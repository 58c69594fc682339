import { route } from "@/lib/api/route";
import { CardSchema } from "@/lib/cards/schemas";
import { idOf, idParams } from "@/lib/core/fields";
import { SetFieldValueInput } from "@/lib/custom-fields/schemas";
import { setFieldValue } from "@/lib/custom-fields/set-field-value";

const tag = "Custom fields";
const params = idParams("customField").extend({
  card_id: idOf("card").meta({ description: "The card_… id of a card on the field's board." }),
});

export const PUT = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Set a card's value of a field",
    description:
      "The same as `PATCH /v1/cards/{card_id}` with `fields: {id: value}`: checked against the field's type (400 naming `fields.<id>`), and a card.updated naming `fields.<id>` in `changes`. Answers the card.",
    params,
    body: SetFieldValueInput,
    responses: { 200: CardSchema },
  },
  ({ ctx, params, body }) => setFieldValue({ ctx, fieldId: params.id, cardId: params.card_id, value: body.value ?? null }),
);

export const DELETE = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Clear a card's value of a field",
    params,
    responses: { 200: CardSchema },
  },
  ({ ctx, params }) => setFieldValue({ ctx, fieldId: params.id, cardId: params.card_id, value: null }),
);
