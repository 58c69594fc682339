import { z } from "zod";
import { route } from "@/lib/api/route";
import { exportBoardCsv, loadBoardExport } from "@/lib/boards/export-board";
import { idParams } from "@/lib/core/fields";
import { BoardExportSchema } from "@/lib/imports/export-schema";

const ExportQuery = z
  .object({
    format: z
      .enum(["json", "csv"], { error: "format must be json or csv." })
      .optional()
      .meta({ description: "`json` (default): the whole board as BoardExport; `csv`: one row per card." }),
  })
  .strict();

export const GET = route(
  {
    permission: "boards.read",
    tag: "Boards",
    summary: "Export a board",
    description: [
      "`format=json` (default): the whole board (lists, cards with tags, assignees by email, checklists, comments, attachments) as",
      "`BoardExport`, which `POST /v1/imports kind=tasktide` turns into a new board with the same content.",
      "`format=csv`: one row per card (`list,title,description,tags,due,assignee_email,completed,archived,position`), the columns",
      "a CSV import reads without a mapping; formula-like cells are prefixed with `'`.",
    ].join(" "),
    params: idParams("board"),
    query: ExportQuery,
    responses: {
      200: { schema: BoardExportSchema, description: "The board export (JSON), or with `format=csv` a CSV file (text/csv)." },
    },
  },
  async ({ ctx, params, query }) => {
    if (query.format === "csv") return exportBoardCsv(ctx, params.id);
    return loadBoardExport(ctx, params.id);
  },
);
