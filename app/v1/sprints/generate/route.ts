import { route } from "@/lib/api/route";
import { generateSprints } from "@/lib/sprints/generate-sprints";
import { GeneratedSprints, GenerateSprintsInput } from "@/lib/sprints/schemas";

export const POST = route(
  {
    permission: "sprints.write",
    tag: "Sprints",
    summary: "Generate the board's next sprints on a cadence",
    description:
      "Creates `count` draft sprints of `length_days` each, back to back, numbered after the board's sprints. Each records sprint.created with `actor: null`: the cadence made it, not a person.",
    body: GenerateSprintsInput,
    responses: { 201: GeneratedSprints },
    errors: ["not_found"],
  },
  ({ ctx, body }) => generateSprints({ ctx, input: body }),
);
