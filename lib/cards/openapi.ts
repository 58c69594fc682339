import { documentRoute, IdParam, pageOf } from "@/lib/api/openapi/registry";
import { CardSchema, CreateCardInput, ListCardsQuery, UpdateCardInput } from "./schemas";

const Card = CardSchema.meta({ id: "Card" });
const tag = "Cards";

documentRoute({ method: "get", path: "/v1/cards", tag, summary: "List cards", description: "Newest first by id; archived cards only with `archived=true`.", query: ListCardsQuery, success: { status: 200, schema: pageOf(Card, "CardPage") }, errors: ["forbidden"] });
documentRoute({ method: "post", path: "/v1/cards", tag, summary: "Create a card in a list", body: CreateCardInput.meta({ id: "CreateCardInput" }), success: { status: 201, schema: Card }, errors: ["not_found"] });
documentRoute({ method: "get", path: "/v1/cards/{id}", tag, summary: "Get a card", params: IdParam, success: { status: 200, schema: Card }, errors: ["not_found"] });
documentRoute({
  method: "patch",
  path: "/v1/cards/{id}",
  tag,
  summary: "Edit, move, complete, archive, assign or tag a card",
  description:
    "`list_id` and/or `position` move the card (one `card.moved` event); `completed: true` records `card.completed`, `archived: true` `card.archived`, other fields `card.updated`; each added or removed tag records `tag.added` / `tag.removed`.",
  params: IdParam,
  body: UpdateCardInput.meta({ id: "UpdateCardInput" }),
  success: { status: 200, schema: Card },
  errors: ["not_found"],
});
documentRoute({ method: "delete", path: "/v1/cards/{id}", tag, summary: "Delete a card", params: IdParam, success: { status: 204 }, errors: ["not_found"] });
