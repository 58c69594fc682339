import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { completeSprint } from "@/lib/sprints/complete-sprint";
import { CompleteSprintInput, SprintSchema } from "@/lib/sprints/schemas";

export const POST = route(
  {
    permission: "sprints.write",
    tag: "Sprints",
    summary: "Complete a sprint",
    description:
      "active or review → completed. Unfinished cards move to the next sprint or to the backlog (each a card.sprint_changed); the sprint stores its snapshot and goal_achieved and records sprint.completed. 409 from any other status, naming the allowed actions, or when next_sprint is asked and the board has none. The body is optional.",
    params: idParams("sprint"),
    body: CompleteSprintInput,
    bodyOptional: true,
    responses: { 200: SprintSchema },
    errors: ["conflict"],
  },
  ({ ctx, params, body }) => completeSprint({ ctx, id: params.id, input: body }),
);
