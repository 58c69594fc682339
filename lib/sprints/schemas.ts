import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { idOf } from "@/lib/core/fields";
import { SPRINT_ACTIONS, SPRINT_STATUSES } from "./lifecycle";

export const CAPACITY_UNITS = ["points", "hours"] as const;

export const SprintProgressSchema = z
  .object({
    cards_total: z.number().int().meta({ description: "Non-archived cards in the sprint." }),
    cards_done: z.number().int(),
    points_total: z.number().meta({ description: "Sum of their estimates (cards without one count 0)." }),
    points_done: z.number(),
  })
  .meta({ id: "SprintProgress" });
export type SprintProgress = z.infer<typeof SprintProgressSchema>;

export const SprintSnapshotSchema = z
  .object({
    committed_cards: z.number().int(),
    committed_points: z.number(),
    completed_cards: z.number().int(),
    completed_points: z.number(),
    carried_over_cards: z.number().int(),
    carried_over_points: z.number(),
    carried_over_card_ids: z.array(z.string()),
    carried_over_to: z.string().nullable().meta({ description: "The sprint unfinished cards moved to; null: the backlog." }),
  })
  .meta({ id: "SprintSnapshot" });

export const SprintSchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    board_id: z.string(),
    name: z.string(),
    goal: z.string(),
    start_date: z.string().nullable().meta({ description: "YYYY-MM-DD." }),
    end_date: z.string().nullable().meta({ description: "YYYY-MM-DD, inclusive." }),
    capacity: z.number().nullable(),
    capacity_unit: z.enum(CAPACITY_UNITS),
    status: z.enum(SPRINT_STATUSES),
    allowed_actions: z
      .array(z.enum(SPRINT_ACTIONS))
      .meta({ description: "The lifecycle actions POST /v1/sprints/{id}/<action> accepts now." }),
    progress: SprintProgressSchema,
    activated_at: z.string().nullable(),
    completed_at: z.string().nullable(),
    goal_achieved: z.boolean().nullable().meta({ description: "Set on completion; null before." }),
    snapshot: SprintSnapshotSchema.nullable().meta({ description: "Stored on completion; null before." }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Sprint" });
export type SprintJson = z.infer<typeof SprintSchema>;

const name = z.string().trim().min(1, "Name must not be empty.").max(200, "Name must be at most 200 characters.");
const goal = z.string().max(5000, "Goal must be at most 5000 characters.");
export const calendarDate = z.iso.date("Expected a date like 2026-04-17.");
const capacity = z.number().min(0, "Capacity must be 0 or more.").max(100_000, "Capacity must be at most 100000.");
const datesInOrder = (v: { start_date?: string | null; end_date?: string | null }) =>
  !(v.start_date && v.end_date && v.end_date < v.start_date);
const datesMessage = { message: "end_date must not be before start_date.", path: ["end_date"] };

export const CreateSprintInput = z
  .strictObject({
    board_id: idOf("board"),
    name,
    goal: goal.optional(),
    start_date: calendarDate.nullable().optional(),
    end_date: calendarDate.nullable().optional(),
    capacity: capacity.nullable().optional(),
    capacity_unit: z.enum(CAPACITY_UNITS).optional(),
  })
  .refine(datesInOrder, datesMessage)
  .meta({ id: "CreateSprintInput" });
export type CreateSprintInput = z.infer<typeof CreateSprintInput>;

export const UpdateSprintInput = z
  .strictObject({
    name: name.optional(),
    goal: goal.optional(),
    start_date: calendarDate.nullable().optional(),
    end_date: calendarDate.nullable().optional(),
    capacity: capacity.nullable().optional(),
    capacity_unit: z.enum(CAPACITY_UNITS).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .refine(datesInOrder, datesMessage)
  .meta({ id: "UpdateSprintInput", description: "The status changes only through the lifecycle actions." });
export type UpdateSprintInput = z.infer<typeof UpdateSprintInput>;

export const CompleteSprintInput = z
  .strictObject({
    unfinished: z
      .enum(["next_sprint", "backlog"])
      .optional()
      .meta({ description: "Where the sprint's unfinished cards go. Default next_sprint when the board has one, else backlog." }),
    next_sprint_id: idOf("sprint").optional().meta({
      description: "The draft or planned sprint of the same board to carry over to. Default: the earliest one (start_date, then creation).",
    }),
    goal_achieved: z.boolean().optional().meta({ description: "Default: true when every card of the sprint was completed." }),
  })
  .meta({ id: "CompleteSprintInput" });
export type CompleteSprintInput = z.infer<typeof CompleteSprintInput>;

export const ListSprintsQuery = PaginationQuery.extend({
  board_id: idOf("board").optional(),
  status: z.enum(SPRINT_STATUSES).optional(),
}).strict();
export type ListSprintsQuery = z.infer<typeof ListSprintsQuery>;

export const SprintPage = pageOf(SprintSchema, "SprintPage");

export const GenerateSprintsInput = z
  .strictObject({
    board_id: idOf("board"),
    count: z
      .number()
      .int("Count must be a whole number.")
      .min(1, "Generate at least 1 sprint.")
      .max(26, "Generate at most 26 sprints at once."),
    length_days: z
      .number()
      .int("Length must be whole days.")
      .min(1, "A sprint lasts at least 1 day.")
      .max(90, "A sprint lasts at most 90 days."),
    start_date: calendarDate
      .optional()
      .meta({ description: "The first generated sprint's start. Default: the day after the board's last sprint ends, else today (UTC)." }),
    name_prefix: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'Default "Sprint": names go on numbering the board\'s sprints.' }),
    capacity: capacity.nullable().optional(),
    capacity_unit: z.enum(CAPACITY_UNITS).optional(),
  })
  .meta({ id: "GenerateSprintsInput" });
export type GenerateSprintsInput = z.infer<typeof GenerateSprintsInput>;

export const GeneratedSprints = z.object({ items: z.array(SprintSchema) }).meta({ id: "GeneratedSprints" });
