import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { deleteFile } from "@/lib/files/delete-file";
import { getFile } from "@/lib/files/find-file";
import { FileSchema, UpdateFileInput } from "@/lib/files/schemas";
import { updateFile } from "@/lib/files/update-file";

const tag = "Files";
const params = idParams("file");

export const GET = route(
  { permission: "board_content.read", tag, summary: "Get an attachment's metadata", params, responses: { 200: FileSchema } },
  ({ ctx, params }) => getFile({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Rename an attachment",
    description: "The name is sanitized like an uploaded file's. Records no event (the catalog has no `file.updated`).",
    params,
    body: UpdateFileInput,
    responses: { 200: FileSchema },
  },
  ({ ctx, params, body }) => updateFile({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Delete an attachment",
    description: "Its bytes are removed from the storage after commit. Emits `file.deleted` with its last metadata.",
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => deleteFile({ ctx, id: params.id }),
);
