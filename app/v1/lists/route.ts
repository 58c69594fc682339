import { route } from "@/lib/api/route";
import { createList } from "@/lib/lists/create-list";
import { listLists } from "@/lib/lists/list-lists";
import { CreateListInput, ListListsQuery, ListPage, ListSchema } from "@/lib/lists/schemas";

const tag = "Lists";

export const GET = route(
  {
    permission: "board_content.read",
    tag,
    summary: "List lists",
    description: "Newest first by id; sort by `position` for display order.",
    query: ListListsQuery,
    responses: { 200: ListPage },
    errors: ["forbidden"],
  },
  ({ ctx, query }) => listLists({ ctx, query }),
);

export const POST = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Create a list on a board",
    body: CreateListInput,
    responses: { 201: ListSchema },
    errors: ["not_found"],
  },
  ({ ctx, body }) => createList({ ctx, input: body }),
);
