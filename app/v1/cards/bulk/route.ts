import { route } from "@/lib/api/route";
import { bulkCards } from "@/lib/cards/bulk-cards";
import { BulkCardsInput, BulkCardsResult } from "@/lib/cards/bulk-schemas";

export const POST = route(
  {
    permission: "board_content.write",
    tag: "Cards",
    summary: "One action on many cards",
    description:
      "Move (to a list of the cards' board), set (due date, custom fields, tags, assignees), add or remove tags or assignees, complete, reopen, archive, restore or delete up to 1000 cards, named by `card_ids` or matched by a filter-language `query`. All or nothing: one transaction, and a refusal for any card (named in the message) changes none. Each card records the events its single-card endpoint records.",
    body: BulkCardsInput,
    responses: { 200: BulkCardsResult },
    errors: ["not_found", "forbidden"],
  },
  ({ ctx, body }) => bulkCards({ ctx, input: body }),
);
