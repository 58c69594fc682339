import { parseQuery } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { listEvents } from "@/lib/events/list-events";
import { ListEventsQuery } from "@/lib/events/schemas";

// GET /v1/events – the activity feed, newest first (filters: board_id, card_id, type)
export const GET = withApi(async ({ req, ctx }) => listEvents({ ctx, query: parseQuery(req, ListEventsQuery) }));
