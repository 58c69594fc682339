import { route } from "@/lib/api/route";
import { listDependencies } from "@/lib/dependencies/list-dependencies";
import { DependencyPage, ListDependenciesQuery } from "@/lib/dependencies/schemas";

export const GET = route(
  {
    permission: "dependencies.read",
    tag: "Dependencies",
    summary: "List dependencies",
    description: "Newest first; `board_id` gives the links of a board's cards (what a timeline draws).",
    query: ListDependenciesQuery,
    responses: { 200: DependencyPage },
  },
  ({ ctx, query }) => listDependencies({ ctx, query }),
);
