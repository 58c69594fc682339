import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { SprintSchema } from "@/lib/sprints/schemas";
import { transitionSprint } from "@/lib/sprints/sprint-actions";

export const POST = route(
  {
    permission: "sprints.write",
    tag: "Sprints",
    summary: "Start a sprint's review",
    description:
      "active → review. Records sprint.review_started. Refused with 409, naming the allowed actions, from any other status. No body.",
    params: idParams("sprint"),
    responses: { 200: SprintSchema },
    errors: ["conflict"],
  },
  ({ ctx, params }) => transitionSprint({ ctx, id: params.id, action: "start_review" }),
);
