import { parseBody, parseQuery } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createList } from "@/lib/lists/create-list";
import { listLists } from "@/lib/lists/list-lists";
import { CreateListInput, ListListsQuery } from "@/lib/lists/schemas";

// GET /v1/lists – list lists (filter by board_id, archived), newest first, each with its position
export const GET = withApi(async ({ req, ctx }) => listLists({ ctx, query: parseQuery(req, ListListsQuery) }));

// POST /v1/lists – create a list on a board, at the end or at `position`
export const POST = withApi(async ({ req, ctx }) => created(await createList({ ctx, input: await parseBody(req, CreateListInput) })));
