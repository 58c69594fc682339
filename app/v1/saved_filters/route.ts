import { route } from "@/lib/api/route";
import { createSavedFilter } from "@/lib/saved-filters/create-saved-filter";
import { listSavedFilters } from "@/lib/saved-filters/list-saved-filters";
import { CreateSavedFilterInput, ListSavedFiltersQuery, SavedFilterPage, SavedFilterSchema } from "@/lib/saved-filters/schemas";

const tag = "Saved filters";

export const GET = route(
  {
    permission: "saved_filters.read",
    tag,
    summary: "List saved filters",
    description: "The caller's personal filters and the workspace's shared ones, newest first; `position` orders them for display.",
    query: ListSavedFiltersQuery,
    responses: { 200: SavedFilterPage },
    errors: ["forbidden"],
  },
  ({ ctx, query }) => listSavedFilters({ ctx, query }),
);

export const POST = route(
  {
    permission: "saved_filters.write",
    tag,
    summary: "Save a filter",
    description:
      "A named query in the card filter language, on a board or workspace-wide, personal (default) or shared with the workspace (member role). Its cards: `GET /v1/cards?saved_filter_id=`. The query is checked: a query that cannot be read is a 400 with its positions.",
    body: CreateSavedFilterInput,
    responses: { 201: SavedFilterSchema },
    errors: ["not_found", "forbidden"],
  },
  ({ ctx, body }) => createSavedFilter({ ctx, input: body }),
);
