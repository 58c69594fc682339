import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { idOf, isoDateTime } from "@/lib/core/fields";

export const MILESTONE_STATUSES = ["open", "done"] as const;

export const MilestoneProgressSchema = z
  .object({
    cards_total: z.number().int().meta({ description: "Non-archived cards of the milestone." }),
    cards_done: z.number().int().meta({ description: "Of those, the completed ones." }),
    time_logged_seconds: z
      .number()
      .int()
      .meta({ description: "Finished time entries on the milestone's cards (running timers not counted)." }),
  })
  .meta({ id: "MilestoneProgress" });

export const MilestoneSchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    board_id: z.string(),
    name: z.string(),
    description: z.string(),
    due_at: z.string().nullable(),
    status: z.enum(MILESTONE_STATUSES),
    completed_at: z.string().nullable().meta({ description: "When the status last became done; null while open." }),
    position: z.number().int().meta({ description: "Display order among the board's milestones (ties by id)." }),
    progress: MilestoneProgressSchema,
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Milestone" });
export type MilestoneJson = z.infer<typeof MilestoneSchema>;
export type MilestoneProgress = z.infer<typeof MilestoneProgressSchema>;

const name = z.string().trim().min(1, "Name must not be empty.").max(200, "Name must be at most 200 characters.");
const description = z.string().max(10_000, "Description must be at most 10000 characters.");
const position = z.number().int("Position must be a whole number.").min(0, "Position must be 0 or more.").max(1_000_000);

export const CreateMilestoneInput = z
  .strictObject({
    board_id: idOf("board"),
    name,
    description: description.optional(),
    due_at: isoDateTime.nullable().optional(),
    status: z.enum(MILESTONE_STATUSES).optional(),
    position: position.optional().meta({ description: "Default: after the board's last milestone." }),
  })
  .meta({ id: "CreateMilestoneInput" });
export type CreateMilestoneInput = z.infer<typeof CreateMilestoneInput>;

export const UpdateMilestoneInput = z
  .strictObject({
    name: name.optional(),
    description: description.optional(),
    due_at: isoDateTime.nullable().optional(),
    status: z
      .enum(MILESTONE_STATUSES)
      .optional()
      .meta({ description: "done records milestone.completed; back to open is a milestone.updated." }),
    position: position.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .meta({ id: "UpdateMilestoneInput" });
export type UpdateMilestoneInput = z.infer<typeof UpdateMilestoneInput>;

export const ListMilestonesQuery = PaginationQuery.extend({
  board_id: idOf("board").optional(),
  status: z.enum(MILESTONE_STATUSES).optional(),
}).strict();
export type ListMilestonesQuery = z.infer<typeof ListMilestonesQuery>;

export const MilestonePage = pageOf(MilestoneSchema, "MilestonePage");
