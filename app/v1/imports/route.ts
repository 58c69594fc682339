import { route, withStatus } from "@/lib/api/route";
import { AppError } from "@/lib/core/errors";
import { createImport } from "@/lib/imports/create-import";
import { ImportFields, ImportSchema } from "@/lib/imports/schemas";

export const POST = route(
  {
    permission: "imports.write",
    tag: "Imports",
    summary: "Import a board (Trello, Tasktide) or cards (CSV)",
    description: [
      "`multipart/form-data`: the text fields, then the part `file` (at most 50 MB).",
      "`kind=trello`: a Trello board export (JSON) becomes a new board: lists, cards (title, description, due, completed, archived, order),",
      "labels as tags with their colours, checklists and items, comments (posted by you, quoting the original author and date),",
      "members matched by email (otherwise named in the description), attachments as links.",
      "`kind=tasktide`: a `GET /v1/boards/{id}/export` file becomes a new board with the same content.",
      "`kind=csv` with `board_id`: one card per row (title, description, list, tags, due, assignee email) into that board,",
      "`mapping` naming the CSV's columns. The file is checked first (not JSON, wrong shape, too deep, too large: 4xx, nothing changes),",
      "then the import runs in the background in one transaction (202; poll `GET /v1/imports/{id}`), recording the usual events with you as actor.",
      "The same file again answers the existing import (200) unless it failed.",
    ].join(" "),
    multipart: { fields: ImportFields, file: "file", description: "The export or CSV file." },
    responses: { 202: ImportSchema, 200: { schema: ImportSchema, description: "This file was imported (or is being imported) already." } },
    errors: ["not_found", "payload_too_large", "unsupported_media_type"],
  },
  async ({ ctx, upload }) => {
    if (!upload)
      throw new AppError("unsupported_media_type", "Send the file as multipart/form-data: the text fields, then the part `file`.");
    const result = await createImport({ ctx, fields: upload.fields, file: upload.file });
    return withStatus(result.created ? 202 : 200, result.import);
  },
);
