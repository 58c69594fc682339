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

export const EventTypeSchema = z
  .object({
    type: z.enum(EVENT_TYPES as [string, ...string[]]),
    group: z.string().meta({ description: "The group (`cards`, `security`…) it is listed under; see `groups`." }),
    security: z.boolean().meta({
      description: "Part of the security selection a SIEM forwards: `auth.*`, `board.accessed`, `member.*`, `token.*`, `webhook.*`.",
    }),
    description: z.string(),
    data_schema: z
      .record(z.string(), z.unknown())
      .meta({ description: "JSON Schema (draft 2020-12) of the payload's `data`, generated from the API's own response schemas." }),
    example: z.record(z.string(), z.unknown()).meta({
      description: "A whole delivery body of this type, as a webhook receives it (`id`, `event`, `type`, `timestamp`, … `data`).",
    }),
  })
  .meta({ id: "EventType" });

export const EventTypeGroupSchema = z.object({ id: z.string(), label: z.string(), description: z.string() }).meta({ id: "EventTypeGroup" });

export const EventTypeCatalogSchema = z
  .object({
    items: z.array(EventTypeSchema),
    groups: z.array(EventTypeGroupSchema).meta({ description: "The groups in display order." }),
    next_cursor: z.null().meta({ description: "Always null: the catalog is one page." }),
  })
  .meta({ id: "EventTypeCatalog" });
export type EventTypeCatalogJson = z.infer<typeof EventTypeCatalogSchema>;
