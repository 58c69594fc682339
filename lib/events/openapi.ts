import { documentRoute, pageOf } from "@/lib/api/openapi/registry";
import { EventSchema, ListEventsQuery } from "./schemas";

const Event = EventSchema.meta({ id: "Event" });

documentRoute({
  method: "get",
  path: "/v1/events",
  tag: "Events",
  summary: "List events (activity feed)",
  description:
    "Newest first. Board events are visible to anyone who can see the board; workspace-level events (members, tokens, webhooks) only to admins. A board-restricted token sees its boards' events only.",
  query: ListEventsQuery,
  success: { status: 200, schema: pageOf(Event, "EventPage") },
  errors: ["forbidden"],
});
