import { route } from "@/lib/api/route";
import { listSessions } from "@/lib/sessions/list-sessions";
import { ListSessionsQuery, SessionPage } from "@/lib/sessions/schemas";

export const GET = route(
  {
    permission: "sessions.read",
    tag: "Sessions",
    summary: "List my sessions",
    description:
      "The caller's signed-in browsers (every workspace of the account shows the same), newest first; `current` marks this one. Needs a session: API tokens are refused.",
    query: ListSessionsQuery,
    responses: { 200: SessionPage },
    errors: ["forbidden"],
  },
  ({ ctx, query }) => listSessions({ ctx, query }),
);
