import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { createDependency } from "@/lib/dependencies/create-dependency";
import { getCardDependencies } from "@/lib/dependencies/find-dependency";
import { CardDependencies, CreateDependencyInput, DependencySchema } from "@/lib/dependencies/schemas";

const tag = "Dependencies";
const params = idParams("card");

export const GET = route(
  {
    permission: "dependencies.read",
    tag,
    summary: "A card's dependencies",
    description: "What the card depends on and what depends on it, oldest first.",
    params,
    responses: { 200: CardDependencies },
  },
  ({ ctx, params }) => getCardDependencies({ ctx, cardId: params.id }),
);

export const POST = route(
  {
    permission: "dependencies.write",
    tag,
    summary: "Make the card depend on another",
    description:
      "Records dependency.created. For the four scheduling types the scheduler then moves this card and the cards after it to the earliest dates the links allow (never earlier than set), recording one schedule.recalculated and a card.updated per moved card. A link that would close a cycle is refused (400 naming the path); a second link between the same two cards is 409.",
    params,
    body: CreateDependencyInput,
    responses: { 201: DependencySchema },
    errors: ["conflict"],
  },
  ({ ctx, params, body }) => createDependency({ ctx, cardId: params.id, input: body }),
);
