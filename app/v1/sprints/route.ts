import { route } from "@/lib/api/route";
import { createSprint } from "@/lib/sprints/create-sprint";
import { listSprints } from "@/lib/sprints/list-sprints";
import { CreateSprintInput, ListSprintsQuery, SprintPage, SprintSchema } from "@/lib/sprints/schemas";

const tag = "Sprints";

export const GET = route(
  {
    permission: "sprints.read",
    tag,
    summary: "List sprints",
    description: "Newest first, each with its progress and the lifecycle actions it allows.",
    query: ListSprintsQuery,
    responses: { 200: SprintPage },
  },
  ({ ctx, query }) => listSprints({ ctx, query }),
);

export const POST = route(
  {
    permission: "sprints.write",
    tag,
    summary: "Create a sprint",
    description: "A new sprint is a draft. Records sprint.created.",
    body: CreateSprintInput,
    responses: { 201: SprintSchema },
    errors: ["not_found"],
  },
  ({ ctx, body }) => createSprint({ ctx, input: body }),
);
