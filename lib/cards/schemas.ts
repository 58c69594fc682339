import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { booleanQuery } from "@/lib/boards/schemas";
import { idOf, isoDateTime, position } from "@/lib/core/fields";
import { FILTER_LANGUAGE_SUMMARY } from "@/lib/filters/summary";
import { CARD_SORT_DESCRIPTION } from "./card-sort";
import { CardFieldsInput, FIELD_VALUE_DESCRIPTION, FieldValueSchema } from "@/lib/custom-fields/schemas";

export const CardSchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    board_id: z.string(),
    list_id: z.string(),
    title: z.string(),
    description: z.string().meta({ description: "Markdown text." }),
    position: z.number().int().nullable().meta({ description: "0-based index among the list's non-archived cards; null while archived." }),
    start_at: z.string().nullable().meta({ description: "Planned start; with due_at, what the scheduler moves along dependencies." }),
    due_at: z.string().nullable(),
    completed: z.boolean(),
    completed_at: z.string().nullable(),
    archived: z.boolean(),
    assignee_ids: z.array(z.string()),
    tag_ids: z.array(z.string()),
    created_by: z.string().nullable(),
    cover_file_id: z.string().nullable().meta({ description: "An image attachment shown on the card's front; null: none." }),
    attachment_count: z.number().int().meta({ description: "Files and links attached (`GET /v1/files?card_id=`)." }),
    milestone_id: z.string().nullable().meta({ description: "The board milestone the card belongs to; null: none." }),
    sprint_id: z.string().nullable().meta({ description: "The sprint the card is planned into; null: the backlog." }),
    estimate: z.number().nullable().meta({ description: "Effort in the sprint's unit (points or hours); null: not estimated." }),
    fields: z
      .record(z.string(), FieldValueSchema)
      .meta({ description: `Custom field values by field id (\`GET /v1/xattr?board_id=\`). ${FIELD_VALUE_DESCRIPTION}` }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Card" });
export type CardJson = z.infer<typeof CardSchema>;

const title = z.string().trim().min(1, "Title must not be empty.").max(500, "Title must be at most 500 characters.");
const description = z.string().max(50_000, "Description must be at most 50000 characters.");
const idSet = (kind: "user" | "tag", what: string) =>
  z
    .array(idOf(kind))
    .max(50, `At most 50 ${what}.`)
    .refine((ids) => new Set(ids).size === ids.length, `Each of the ${what} may appear once.`);

const milestoneId = idOf("milestone").nullable().optional().meta({ description: "A milestone of the card's board; null: none." });

const sprintId = idOf("sprint")
  .nullable()
  .optional()
  .meta({ description: "A sprint of the card's board that is not completed; null: the backlog. A change records card.sprint_changed." });
const estimate = z.number().min(0, "Estimate must be 0 or more.").max(10_000, "Estimate must be at most 10000.").nullable().optional();

export const CreateCardInput = z
  .strictObject({
    list_id: idOf("list"),
    title,
    description: description.optional(),
    position: position.optional().meta({ description: "Target 0-based index; clamped to the end. Default: the end." }),
    start_at: isoDateTime.nullable().optional(),
    due_at: isoDateTime.nullable().optional(),
    completed: z.boolean().optional(),
    assignee_ids: idSet("user", "assignees").optional(),
    tag_ids: idSet("tag", "tags").optional(),
    milestone_id: milestoneId,
    sprint_id: sprintId,
    estimate,
    fields: CardFieldsInput.optional(),
  })
  .meta({ id: "CreateCardInput" });
export type CreateCardInput = z.infer<typeof CreateCardInput>;

export const UpdateCardInput = z
  .strictObject({
    list_id: idOf("list").optional().meta({ description: "Moves the card to this list of the same board." }),
    position: position.optional().meta({ description: "Moves the card to this 0-based index; clamped to the end." }),
    title: title.optional(),
    description: description.optional(),
    start_at: isoDateTime.nullable().optional(),
    due_at: isoDateTime.nullable().optional(),
    completed: z.boolean().optional(),
    archived: z.boolean().optional(),
    assignee_ids: idSet("user", "assignees").optional(),
    tag_ids: idSet("tag", "tags").optional(),
    cover_file_id: idOf("file")
      .nullable()
      .optional()
      .meta({ description: "A PNG, JPEG, GIF or WebP upload of this card to show on its front; null removes the cover." }),
    milestone_id: milestoneId,
    sprint_id: sprintId,
    estimate,
    fields: CardFieldsInput.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .meta({ id: "UpdateCardInput" });
export type UpdateCardInput = z.infer<typeof UpdateCardInput>;

export const ListCardsQuery = PaginationQuery.extend({
  board_id: idOf("board").optional(),
  list_id: idOf("list").optional(),
  assignee_id: idOf("user").optional(),
  tag_id: idOf("tag").optional(),
  milestone_id: idOf("milestone").optional(),
  sprint_id: idOf("sprint").optional(),
  backlog: booleanQuery.optional().meta({ description: "true: only cards in no sprint; false: only cards in one." }),
  completed: booleanQuery.optional(),
  archived: booleanQuery
    .optional()
    .meta({ description: "Default false: archived cards are left out (unless `q` says `is:archived`, which then decides)." }),
  due_before: isoDateTime.optional(),
  due_after: isoDateTime.optional(),
  updated_since: isoDateTime.optional(),
  q: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: `A query in the card filter language, ANDed with the other filters. ${FILTER_LANGUAGE_SUMMARY}` }),
  saved_filter_id: idOf("savedFilter").optional().meta({
    description: "Applies a saved filter: its query (ANDed with q and the other filters), its board and its sort (unless `sort` is given).",
  }),
  sort: z.string().max(100).optional().meta({ description: CARD_SORT_DESCRIPTION }),
}).strict();
export type ListCardsQuery = z.infer<typeof ListCardsQuery>;

export const CardPage = pageOf(CardSchema, "CardPage");
