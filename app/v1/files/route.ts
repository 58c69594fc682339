import { route } from "@/lib/api/route";
import { invalidRequest } from "@/lib/core/errors";
import { createLink } from "@/lib/files/create-link";
import { listFiles } from "@/lib/files/list-files";
import { CreateLinkInput, FilePage, FileSchema, ListFilesQuery, UploadFields } from "@/lib/files/schemas";
import { uploadFile } from "@/lib/files/upload-file";

const tag = "Files";

export const GET = route(
  {
    permission: "board_content.read",
    tag,
    summary: "List a card's attachments",
    description: "Oldest first. `card_id` is required.",
    query: ListFilesQuery,
    responses: { 200: FilePage },
    errors: ["not_found"],
  },
  ({ ctx, query }) => listFiles({ ctx, query }),
);

export const POST = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Attach a file or a link to a card",
    description: [
      "`multipart/form-data` with the text field `card_id` **before** the part `file` uploads a file; it is streamed to the",
      "storage and refused with 413 as soon as it passes `FILE_MAX_BYTES` (25 MiB by default) or the workspace's quota,",
      "leaving nothing behind. Its `content_type` is detected from its bytes. A JSON body `{card_id, url, name}` attaches",
      "a link instead. A card holds at most 100 attachments (409). Emits `file.uploaded`.",
    ].join(" "),
    body: CreateLinkInput,
    multipart: { fields: UploadFields, file: "file", description: "The file's bytes; its name is the part's filename." },
    responses: { 201: FileSchema },
    errors: ["not_found", "conflict"],
  },
  ({ ctx, body, upload }) => {
    if (upload) return uploadFile({ ctx, fields: upload.fields, file: upload.file });
    if (!body) throw invalidRequest("Send a multipart/form-data upload or a JSON link.");
    return createLink({ ctx, input: body });
  },
);
