import { route } from "@/lib/api/route";
import { listEventTypes } from "@/lib/events/list-event-types";
import { EventTypeCatalogSchema } from "@/lib/events/schemas";

export const GET = route(
  {
    permission: "event_types.read",
    tag: "Events",
    summary: "List event types (the webhook event catalog)",
    description:
      "Every event type a webhook can subscribe to, in display order, with its group, a description, the JSON Schema (draft 2020-12) of its payload's `data` and a whole example delivery body. Types with `security: true` are what the SIEM forwarding preset selects. The same for every workspace and caller.",
    responses: { 200: EventTypeCatalogSchema },
  },
  ({ ctx }) => listEventTypes({ ctx }),
);
