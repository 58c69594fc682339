import { route } from "@/lib/api/route";
import { createCard } from "@/lib/cards/create-card";
import { listCards } from "@/lib/cards/list-cards";
import { CardPage, CardSchema, CreateCardInput, ListCardsQuery } from "@/lib/cards/schemas";

const tag = "Cards";

export const GET = route(
  {
    permission: "board_content.read",
    tag,
    summary: "List cards",
    description:
      "Newest first by id, or in `sort` order; archived cards only with `archived=true`. `q` filters with the card filter language; `saved_filter_id` applies a saved filter (404 when the caller cannot see it).",
    query: ListCardsQuery,
    responses: { 200: CardPage },
    errors: ["forbidden", "not_found"],
  },
  ({ ctx, query }) => listCards({ ctx, query }),
);

export const POST = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Create a card in a list",
    body: CreateCardInput,
    responses: { 201: CardSchema },
    errors: ["not_found"],
  },
  ({ ctx, body }) => createCard({ ctx, input: body }),
);
