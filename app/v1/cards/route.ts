import { parseBody, parseQuery } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createCard } from "@/lib/cards/create-card";
import { listCards } from "@/lib/cards/list-cards";
import { CreateCardInput, ListCardsQuery } from "@/lib/cards/schemas";

// GET /v1/cards – list cards (filters: board_id, list_id, assignee_id, tag_id, completed, archived, due_before, due_after, updated_since)
export const GET = withApi(async ({ req, ctx }) => listCards({ ctx, query: parseQuery(req, ListCardsQuery) }));

// POST /v1/cards – create a card in a list, at the end or at `position`
export const POST = withApi(async ({ req, ctx }) => created(await createCard({ ctx, input: await parseBody(req, CreateCardInput) })));
