import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { deleteSprint } from "@/lib/sprints/delete-sprint";
import { getSprint } from "@/lib/sprints/find-sprint";
import { SprintSchema, UpdateSprintInput } from "@/lib/sprints/schemas";
import { updateSprint } from "@/lib/sprints/update-sprint";

const tag = "Sprints";
const params = idParams("sprint");

export const GET = route(
  { permission: "sprints.read", tag, summary: "Get a sprint", params, responses: { 200: SprintSchema } },
  ({ ctx, params }) => getSprint({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "sprints.write",
    tag,
    summary: "Edit a sprint",
    description:
      "Name, goal, dates and capacity; the status changes only through the lifecycle actions. Records sprint.updated with changes.",
    params,
    body: UpdateSprintInput,
    responses: { 200: SprintSchema },
  },
  ({ ctx, params, body }) => updateSprint({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "sprints.write",
    tag,
    summary: "Delete a sprint",
    description: "Its cards go to the backlog, each recording card.sprint_changed; then sprint.deleted.",
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => deleteSprint({ ctx, id: params.id }),
);
