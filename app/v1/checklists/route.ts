import { parseBody, parseQuery } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createChecklist } from "@/lib/checklists/create-checklist";
import { listChecklists } from "@/lib/checklists/list-checklists";
import { CreateChecklistInput, ListChecklistsQuery } from "@/lib/checklists/schemas";

// GET /v1/checklists?card_id=… – list a card's checklists with their items
export const GET = withApi(async ({ req, ctx }) => listChecklists({ ctx, query: parseQuery(req, ListChecklistsQuery) }));

// POST /v1/checklists – add a checklist (optionally with items) to a card
export const POST = withApi(async ({ req, ctx }) => created(await createChecklist({ ctx, input: await parseBody(req, CreateChecklistInput) })));
