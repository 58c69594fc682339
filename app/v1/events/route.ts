import { route } from "@/lib/api/route";
import { listEvents } from "@/lib/events/list-events";
import { EventPage, ListEventsQuery } from "@/lib/events/schemas";

export const GET = route(
  {
    permission: "events.read",
    tag: "Events",
    summary: "List events (activity feed)",
    description:
      "Newest first. Board events are visible to anyone who can see the board; workspace-level events (members, tokens, webhooks) only to admins. A board-restricted token sees its boards' events only.",
    query: ListEventsQuery,
    responses: { 200: EventPage },
    errors: ["forbidden"],
  },
  ({ ctx, query }) => listEvents({ ctx, query }),
);
