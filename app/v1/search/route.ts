import { route } from "@/lib/api/route";
import { SearchPage, SearchQuery } from "@/lib/search/schemas";
import { searchCards } from "@/lib/search/search-cards";

// GET /v1/search – full-text search over the cards the caller may see
export const GET = route(
  {
    permission: "board_content.read",
    tag: "Search",
    summary: "Search cards",
    description:
      "Finds cards by words in their titles, descriptions, comments and checklist items, across the boards the caller may see " +
      "(a board-restricted token: its boards only). Ranked title above description above comments above checklist items; " +
      "titles also match with small typos (trigram similarity). Each hit has its title and an excerpt with the matched words marked. " +
      "Archived cards are left out unless `filter` says `is:archived`. Pages are by rank (`next_cursor`), so edits between pages can shift them.",
    query: SearchQuery,
    responses: { 200: SearchPage },
    errors: ["forbidden"],
  },
  ({ ctx, query }) => searchCards({ ctx, query }),
);
