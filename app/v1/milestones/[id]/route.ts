import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { deleteMilestone } from "@/lib/milestones/delete-milestone";
import { getMilestone } from "@/lib/milestones/find-milestone";
import { MilestoneSchema, UpdateMilestoneInput } from "@/lib/milestones/schemas";
import { updateMilestone } from "@/lib/milestones/update-milestone";

const tag = "Milestones";
const params = idParams("milestone");

export const GET = route(
  { permission: "milestones.read", tag, summary: "Get a milestone", params, responses: { 200: MilestoneSchema } },
  ({ ctx, params }) => getMilestone({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "milestones.write",
    tag,
    summary: "Edit, complete or reopen a milestone",
    description: "status done records milestone.completed; other changes (and reopening) milestone.updated with changes.",
    params,
    body: UpdateMilestoneInput,
    responses: { 200: MilestoneSchema },
  },
  ({ ctx, params, body }) => updateMilestone({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "milestones.write",
    tag,
    summary: "Delete a milestone",
    description: "Its cards leave it; each such card records a card.updated with changes.milestone_id.",
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => deleteMilestone({ ctx, id: params.id }),
);
