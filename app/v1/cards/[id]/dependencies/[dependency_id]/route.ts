import { route } from "@/lib/api/route";
import { idOf, idParams } from "@/lib/core/fields";
import { deleteDependency } from "@/lib/dependencies/delete-dependency";

const params = idParams("card").extend({
  dependency_id: idOf("dependency").meta({ description: "The dep_… id of a link of this card (either end)." }),
});

export const DELETE = route(
  {
    permission: "dependencies.write",
    tag: "Dependencies",
    summary: "Remove a dependency",
    description: "Records dependency.deleted; no dates move.",
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => deleteDependency({ ctx, cardId: params.id, id: params.dependency_id }),
);
