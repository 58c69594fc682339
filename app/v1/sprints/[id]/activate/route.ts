import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { SprintSchema } from "@/lib/sprints/schemas";
import { transitionSprint } from "@/lib/sprints/sprint-actions";

export const POST = route(
  {
    permission: "sprints.write",
    tag: "Sprints",
    summary: "Activate a planned sprint",
    description:
      "planned → active; at most one active sprint per board (409 otherwise). Records sprint.activated. Refused with 409, naming the allowed actions, from any other status. No body.",
    params: idParams("sprint"),
    responses: { 200: SprintSchema },
    errors: ["conflict"],
  },
  ({ ctx, params }) => transitionSprint({ ctx, id: params.id, action: "activate" }),
);
