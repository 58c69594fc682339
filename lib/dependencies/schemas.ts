import { z } from "zod";
import { idOf } from "@/lib/core/fields";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { SCHEDULING_TYPES } from "@/lib/planning/forward-pass";

export const DEPENDENCY_TYPES = [...SCHEDULING_TYPES, "relates_to", "duplicates"] as const;
export type DependencyType = (typeof DEPENDENCY_TYPES)[number];

export const DependencySchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    board_id: z.string().meta({ description: "The board of `card_id` (the dependent card)." }),
    card_id: z.string().meta({ description: "The card that depends." }),
    depends_on_id: z.string().meta({ description: "The card it depends on (the predecessor)." }),
    type: z.enum(DEPENDENCY_TYPES).meta({
      description:
        "finish_to_start: card starts after depends_on finishes; start_to_start, finish_to_finish, start_to_finish likewise. relates_to and duplicates are plain relations: never scheduled, never blocking.",
    }),
    lag_days: z.number().int().meta({ description: "Days added to the constraint (negative: a lead)." }),
    blocking: z.boolean().meta({ description: "A scheduling dependency whose predecessor is not completed: the card is blocked." }),
    created_by: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: "Dependency" });
export type DependencyJson = z.infer<typeof DependencySchema>;

export const CreateDependencyInput = z
  .strictObject({
    depends_on_id: idOf("card").meta({ description: "A card of the same workspace." }),
    type: z.enum(DEPENDENCY_TYPES).optional().meta({ description: "Default finish_to_start." }),
    lag_days: z
      .number()
      .int("Lag must be whole days.")
      .min(-365, "Lag must be at least -365 days.")
      .max(365, "Lag must be at most 365 days.")
      .optional()
      .meta({ description: "Default 0. Only scheduling types take a lag." }),
  })
  .meta({ id: "CreateDependencyInput" });
export type CreateDependencyInput = z.infer<typeof CreateDependencyInput>;

export const CardDependencies = z
  .object({
    depends_on: z.array(DependencySchema).meta({ description: "Links where this card depends on another." }),
    dependents: z.array(DependencySchema).meta({ description: "Links where another card depends on this one." }),
  })
  .meta({ id: "CardDependencies" });

export const ListDependenciesQuery = PaginationQuery.extend({
  board_id: idOf("board").optional().meta({ description: "Links whose dependent card is on this board." }),
}).strict();
export type ListDependenciesQuery = z.infer<typeof ListDependenciesQuery>;

export const DependencyPage = pageOf(DependencySchema, "DependencyPage");

export const MovedCardSchema = z
  .object({
    card_id: z.string(),
    start_at: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    due_at: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  })
  .meta({ id: "ScheduledCard" });

/** `data` of schedule.recalculated. */
export const ScheduleRecalculatedSchema = z
  .object({
    card_id: z.string().meta({ description: "The card whose change (dates, or a new dependency on it) set the scheduler off." }),
    moved: z.array(MovedCardSchema),
  })
  .meta({ id: "ScheduleRecalculated" });
