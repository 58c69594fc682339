import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { getImport } from "@/lib/imports/find-import";
import { ImportSchema } from "@/lib/imports/schemas";

export const GET = route(
  {
    permission: "imports.read",
    tag: "Imports",
    summary: "An import's status and progress",
    description:
      "Poll after `POST /v1/imports` until `status` is `completed` (then `board_id` is set) or `failed` (then `error` says why; nothing was written).",
    params: idParams("import"),
    responses: { 200: ImportSchema },
  },
  ({ ctx, params }) => getImport({ ctx, id: params.id }),
);
