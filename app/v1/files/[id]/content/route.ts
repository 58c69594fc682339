import { z } from "zod";
import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { downloadFile } from "@/lib/files/download-file";

const DownloadQuery = z
  .object({
    inline: z
      .enum(["0", "1"])
      .optional()
      .meta({ description: "`1` shows PNG, JPEG, GIF, WebP and PDF inline; every other type is always an attachment." }),
  })
  .strict();

export const GET = route(
  {
    permission: "board_content.read",
    tag: "Files",
    summary: "Download an attachment",
    description: [
      "The bytes with the `Content-Type` detected at upload, `Content-Disposition: attachment` (RFC 6266 file name),",
      "`X-Content-Type-Options: nosniff` and `Content-Security-Policy: sandbox`, so HTML or SVG never runs on this origin.",
      "A single `Range: bytes=…` answers 206 with `Content-Range` (416 when it lies outside the file). A link has no content (409).",
    ].join(" "),
    params: idParams("file"),
    query: DownloadQuery,
    responses: {
      200: { schema: null, description: "The file's bytes.", binary: "application/octet-stream" },
      206: { schema: null, description: "The requested range of the file's bytes.", binary: "application/octet-stream" },
    },
    errors: ["conflict"],
  },
  ({ ctx, params, query, req }) => downloadFile({ ctx, id: params.id, req, inline: query.inline === "1" }),
);
