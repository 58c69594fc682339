import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { idOf } from "@/lib/core/fields";
import { EVENT_TYPES } from "./catalog";

export const EventSchema = z
  .object({
    id: z.string(),
    type: z.string().meta({ description: "An event type from the catalog, e.g. card.moved." }),
    workspace_id: z.string(),
    board_id: z.string().nullable(),
    actor: z
      .object({ id: z.string(), name: z.string(), email: z.string() })
      .nullable()
      .meta({ description: "Who made the change; null for automations and the system." }),
    data: z
      .record(z.string(), z.unknown())
      .meta({ description: "The resource as its GET returned it after the change (its last state for a deletion)." }),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
    created_at: z.string(),
  })
  .meta({ id: "Event" });
export type EventJson = z.infer<typeof EventSchema>;

export const ListEventsQuery = PaginationQuery.extend({
  board_id: idOf("board").optional(),
  card_id: idOf("card")
    .optional()
    .meta({ description: "Events about this card: the card itself, its comments, checklist items and time entries." }),
  type: z.enum(EVENT_TYPES as [string, ...string[]]).optional(),
}).strict();
export type ListEventsQuery = z.infer<typeof ListEventsQuery>;

export const EventPage = pageOf(EventSchema, "EventPage");
