import { z } from "zod";
import { CUSTOM_FIELD_TYPES } from "@/db/schema";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { idOf, position } from "@/lib/core/fields";

export const MAX_FIELDS_PER_BOARD = 50;
export const MAX_OPTIONS = 100;

const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "Color must be a hex color like #22c55e.")
  .transform((value) => value.toLowerCase());
const name = z.string().trim().min(1, "Name must not be empty.").max(50, "Name must be at most 50 characters.");

export const CustomFieldOptionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    color: z.string().meta({ description: "#rrggbb, lower-case." }),
    archived: z.boolean().meta({ description: "Kept on the cards that have it; cannot be chosen anew." }),
  })
  .meta({ id: "CustomFieldOption" });

export const CustomFieldSchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    board_id: z.string(),
    name: z.string(),
    type: z.enum(CUSTOM_FIELD_TYPES),
    options: z
      .array(CustomFieldOptionSchema)
      .meta({ description: "The choices of a select or multi_select field, in order; empty otherwise." }),
    show_on_card: z.boolean().meta({ description: "Whether the value is shown on the card's front." }),
    position: z.number().int().meta({ description: "0-based order among the board's fields." }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "CustomField" });
export type CustomFieldJson = z.infer<typeof CustomFieldSchema>;

/** An option as sent: without `id` it is new; with one it renames, recolours or archives that option. */
const OptionInput = z.strictObject({
  id: idOf("fieldOption").optional(),
  name,
  color: color.default("#64748b"),
  archived: z.boolean().optional(),
});

const options = z
  .array(OptionInput)
  .max(MAX_OPTIONS, `At most ${MAX_OPTIONS} options.`)
  .refine((list) => new Set(list.map((o) => o.name.toLowerCase())).size === list.length, "Option names must differ (ignoring case).");

export const CreateCustomFieldInput = z
  .strictObject({
    board_id: idOf("board"),
    name,
    type: z.enum(CUSTOM_FIELD_TYPES),
    options: options.optional().meta({ description: "Only for select and multi_select." }),
    show_on_card: z.boolean().optional(),
    position: position.optional().meta({ description: "Target 0-based index among the board's fields; default: the end." }),
  })
  .meta({ id: "CreateCustomFieldInput" });
export type CreateCustomFieldInput = z.infer<typeof CreateCustomFieldInput>;

export const UpdateCustomFieldInput = z
  .strictObject({
    name: name.optional(),
    options: options.optional().meta({
      description:
        "The whole list, in the new order: entries with an id change that option, entries without one add an option. Options are archived, never removed.",
    }),
    show_on_card: z.boolean().optional(),
    position: position.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .meta({ id: "UpdateCustomFieldInput" });
export type UpdateCustomFieldInput = z.infer<typeof UpdateCustomFieldInput>;

export const ListCustomFieldsQuery = PaginationQuery.extend({ board_id: idOf("board").optional() }).strict();
export type ListCustomFieldsQuery = z.infer<typeof ListCustomFieldsQuery>;

export const CustomFieldPage = pageOf(CustomFieldSchema, "CustomFieldPage");

/** A value as a card carries it: by the field's type (see FIELD_VALUE_DESCRIPTION). */
export const FieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).meta({ id: "CustomFieldValue" });

export const FIELD_VALUE_DESCRIPTION =
  "By type: text and url a string, number a number, date `YYYY-MM-DD`, checkbox `true`, select an option id, multi_select an array of option ids, user a member's user id. A field without a value is absent.";

/** `fields` of PATCH /v1/cards/{id}: values by field id; null clears one. Validated against each field's type. */
export const CardFieldsInput = z
  .record(idOf("customField"), z.unknown())
  .refine((v) => Object.keys(v).length <= MAX_FIELDS_PER_BOARD, `At most ${MAX_FIELDS_PER_BOARD} fields at once.`)
  .meta({ description: `Custom field values by field id (the card's board's fields); null clears one. ${FIELD_VALUE_DESCRIPTION}` });

export const SetFieldValueInput = z
  .strictObject({ value: z.unknown().meta({ description: `The new value; null clears it. ${FIELD_VALUE_DESCRIPTION}` }) })
  .refine((v) => "value" in v, { message: "Send value (null clears it).", path: ["value"] })
  .meta({ id: "SetFieldValueInput" });
