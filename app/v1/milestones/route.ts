import { route } from "@/lib/api/route";
import { createMilestone } from "@/lib/milestones/create-milestone";
import { listMilestones } from "@/lib/milestones/list-milestones";
import { CreateMilestoneInput, ListMilestonesQuery, MilestonePage, MilestoneSchema } from "@/lib/milestones/schemas";

const tag = "Milestones";

export const GET = route(
  {
    permission: "milestones.read",
    tag,
    summary: "List milestones",
    description: "Newest first, each with its progress (cards done / total, time logged).",
    query: ListMilestonesQuery,
    responses: { 200: MilestonePage },
  },
  ({ ctx, query }) => listMilestones({ ctx, query }),
);

export const POST = route(
  {
    permission: "milestones.write",
    tag,
    summary: "Create a board milestone",
    description: "Records milestone.created.",
    body: CreateMilestoneInput,
    responses: { 201: MilestoneSchema },
    errors: ["not_found"],
  },
  ({ ctx, body }) => createMilestone({ ctx, input: body }),
);
