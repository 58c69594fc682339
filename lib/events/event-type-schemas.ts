import { z } from "zod";
import { BoardSchema } from "@/lib/boards/schemas";
import { CardSchema } from "@/lib/cards/schemas";
import { ChecklistItemSchema } from "@/lib/checklists/schemas";
import { CommentSchema } from "@/lib/comments/schemas";
import { CustomFieldSchema } from "@/lib/custom-fields/schemas";
import { FileSchema } from "@/lib/files/schemas";
import { ListSchema } from "@/lib/lists/schemas";
import { MemberSchema } from "@/lib/members/schemas";
import { MilestoneSchema } from "@/lib/milestones/schemas";
import { SprintSchema } from "@/lib/sprints/schemas";
import { DependencySchema, ScheduleRecalculatedSchema } from "@/lib/dependencies/schemas";
import { TagSchema } from "@/lib/tags/schemas";
import { TimeEntrySchema } from "@/lib/time-entries/schemas";
import { TokenSchema } from "@/lib/tokens/schemas";
import { WebhookSchema } from "@/lib/webhooks/schemas";
import { WorkspaceSchema } from "@/lib/workspace-settings/schemas";
import {
  EVENT_CATALOG,
  EVENT_CATEGORIES,
  EVENT_DESCRIPTIONS,
  EVENT_TYPES,
  SECURITY_EVENT_TYPES,
  categoryOf,
  type EventType,
} from "./catalog";
import { examplePayload, type JsonSchema } from "./example-payload";

/** Who a card.assigned / card.unassigned event is about: the user, as `actor` shows one. */
export const AssigneeSchema = z
  .object({ id: z.string(), name: z.string(), email: z.string() })
  .meta({ id: "Assignee", description: "The user assigned or unassigned." });

/** `data` of auth.login, auth.login_failed and auth.logout. */
export const AuthEventDataSchema = z
  .object({
    user_id: z.string(),
    email: z.string(),
    ip: z.string().meta({ description: "The client's address as the rate limits key it (an IPv6 /64, or `direct` when unknown)." }),
  })
  .meta({ id: "AuthEventData" });

/** `data` of auth.session_revoked. */
export const SessionRevokedDataSchema = AuthEventDataSchema.extend({
  session_id: z.string().meta({ description: "The ended session (GET /v1/sessions lists the live ones)." }),
  reason: z.enum(["ended", "password_reset", "password_changed", "account_deleted"]).meta({
    description:
      "`ended`: from Settings → Security; `password_reset` / `password_changed`: every session of the account ends; `account_deleted`.",
  }),
}).meta({ id: "SessionRevokedData" });

/** How board.accessed saw the member: the board page or API with their session, or one of their tokens. */
export const BoardAccessSchema = z
  .object({
    via: z.enum(["session", "token"]),
    token_id: z.string().nullable().meta({ description: "The API token used; null for a session." }),
  })
  .meta({ id: "BoardAccess" });

const Reserved = z.record(z.string(), z.unknown()).meta({ description: "Reserved: this event type is not emitted yet." });

/** The zod schema of each event type's `data`: what GET returns for the object, plus what the description names. */
export const EVENT_DATA_SCHEMAS: Record<EventType, z.ZodType> = {
  ...each(EVENT_CATALOG.cards, CardSchema),
  ...each(EVENT_CATALOG.comments, CommentSchema),
  ...each(EVENT_CATALOG.lists, ListSchema),
  ...each(EVENT_CATALOG.boards, BoardSchema),
  ...each(EVENT_CATALOG.members, MemberSchema),
  ...each(EVENT_CATALOG.workspaces, WorkspaceSchema),
  ...each(EVENT_CATALOG.tags, CardSchema.extend({ tag: TagSchema })),
  ...each(EVENT_CATALOG.checklists, ChecklistItemSchema),
  ...each(EVENT_CATALOG.assignments, CardSchema.extend({ assignee: AssigneeSchema })),
  ...each(EVENT_CATALOG.files, FileSchema),
  ...each(EVENT_CATALOG.custom_fields, CustomFieldSchema),
  ...each(EVENT_CATALOG.milestones, MilestoneSchema),
  ...each(
    EVENT_CATALOG.sprints.filter((t) => t !== "card.sprint_changed"),
    SprintSchema,
  ),
  ...each(["dependency.created", "dependency.deleted"] as const, DependencySchema),
  "schedule.recalculated": ScheduleRecalculatedSchema,
  "card.sprint_changed": CardSchema.extend({ previous_sprint_id: z.string().nullable() }),
  ...each(EVENT_CATALOG.automations, Reserved),
  ...each(EVENT_CATALOG.time_entries, TimeEntrySchema),
  ...each(["auth.login", "auth.login_failed", "auth.logout"] as const, AuthEventDataSchema),
  "auth.session_revoked": SessionRevokedDataSchema,
  "board.accessed": BoardSchema.extend({ access: BoardAccessSchema }),
  ...each(["token.created", "token.revoked"] as const, TokenSchema),
  ...each(["webhook.created", "webhook.updated", "webhook.deleted", "webhook.disabled"] as const, WebhookSchema),
  "webhook.test": z.object({ webhook_id: z.string(), message: z.string() }),
};

function each<T extends EventType>(types: readonly T[], schema: z.ZodType): Record<T, z.ZodType> {
  return Object.fromEntries(types.map((type) => [type, schema])) as Record<T, z.ZodType>;
}

/** The JSON Schema (draft 2020-12) of a type's `data`, generated from its zod schema as the API outputs it. */
export function dataJsonSchema(type: EventType): JsonSchema {
  return z.toJSONSchema(EVENT_DATA_SCHEMAS[type], {
    target: "draft-2020-12",
    io: "output",
    // `example` (OpenAPI's word, used in our .meta()) is `examples` in JSON Schema.
    override: ({ jsonSchema }) => {
      const schema = jsonSchema as JsonSchema;
      if ("example" in schema) {
        schema.examples = [schema.example];
        delete schema.example;
      }
    },
  }) as JsonSchema;
}

export type EventTypeInfo = {
  type: EventType;
  group: string;
  security: boolean;
  description: string;
  data_schema: JsonSchema;
  example: Record<string, unknown>;
};

let cached: { items: EventTypeInfo[]; groups: { id: string; label: string; description: string }[] } | undefined;

/** `GET /v1/event_types`: the catalog, each type with its group, schema and a whole example payload. Static, so built once. */
export function eventTypeCatalog() {
  cached ??= {
    groups: Object.entries(EVENT_CATEGORIES).map(([id, { label, description }]) => ({ id, label, description })),
    items: EVENT_TYPES.map((type) => {
      const data_schema = dataJsonSchema(type);
      return {
        type,
        group: categoryOf(type),
        security: SECURITY_EVENT_TYPES.includes(type),
        description: EVENT_DESCRIPTIONS[type],
        data_schema,
        example: examplePayload(type, data_schema),
      };
    }),
  };
  return cached;
}
