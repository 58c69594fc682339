import { route } from "@/lib/api/route";
import { createChecklist } from "@/lib/checklists/create-checklist";
import { listChecklists } from "@/lib/checklists/list-checklists";
import { CHECKLIST_EVENTS } from "@/lib/checklists/record-item-event";
import { ChecklistPage, ChecklistSchema, CreateChecklistInput, ListChecklistsQuery } from "@/lib/checklists/schemas";

const tag = "Checklists";

export const GET = route(
  {
    permission: "board_content.read",
    tag,
    summary: "List a card's checklists",
    description: "In creation order, each with its items. `card_id` is required.",
    query: ListChecklistsQuery,
    responses: { 200: ChecklistPage },
    errors: ["not_found"],
  },
  ({ ctx, query }) => listChecklists({ ctx, query }),
);

export const POST = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Add a checklist to a card",
    description: `Optionally with up to 100 items. ${CHECKLIST_EVENTS}`,
    body: CreateChecklistInput,
    responses: { 201: ChecklistSchema },
    errors: ["not_found"],
  },
  ({ ctx, body }) => createChecklist({ ctx, input: body }),
);
