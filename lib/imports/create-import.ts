import { createHash } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { imports } from "@/db/schema";
import type { UploadedFile } from "@/lib/api/multipart";
import { findBoard } from "@/lib/boards/find-board";
import { invalidRequest } from "@/lib/core/errors";
import { newId } from "@/lib/ids";
import { requireBoardAccess } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { planFromCsv } from "./from-csv";
import { looksLikeTasktide, planFromTasktide } from "./from-tasktide";
import { looksLikeTrello, planFromTrello } from "./from-trello";
import { parseJsonFile, readUpload } from "./read-json";
import { clip, countPlan, type ImportPlan } from "./plan";
import type { ImportFields, ImportJson } from "./schemas";
import { serializeImport } from "./serialize-import";
import { startImport } from "./run-import";

function planOf(fields: ImportFields, bytes: Buffer): ImportPlan {
  if (fields.kind === "csv") {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw invalidRequest('The CSV is not UTF-8; save it as "CSV UTF-8".', [{ field: "file", message: "Not UTF-8." }]);
    }
    return planFromCsv(text, { mapping: fields.mapping, delimiter: fields.delimiter });
  }
  const json = parseJsonFile(bytes);
  if (fields.kind === "trello" && looksLikeTasktide(json)) throw invalidRequest("This is a Tasktide export; send it with kind=tasktide.");
  if (fields.kind === "tasktide" && looksLikeTrello(json)) throw invalidRequest("This is a Trello export; send it with kind=trello.");
  return fields.kind === "trello" ? planFromTrello(json) : planFromTasktide(json);
}

/**
 * `POST /v1/imports`: reads and checks the whole file first (size, encoding, nesting, shape), so a
 * bad file is a 4xx and leaves nothing behind, then records the import and runs it in the
 * background (202; poll `GET /v1/imports/{id}`). The same file again (same kind, target and
 * mapping) answers the import that exists (200) instead of importing twice, unless it failed.
 */
export async function createImport({
  ctx,
  fields,
  file,
}: {
  ctx: Ctx;
  fields: ImportFields;
  file: UploadedFile;
}): Promise<{ created: boolean; import: ImportJson }> {
  authorize(ctx, "imports.write");
  let targetBoardId: string | null = null;
  try {
    if (fields.kind === "csv") {
      if (!fields.board_id)
        throw invalidRequest("A CSV import goes into a board: send board_id.", [{ field: "board_id", message: "Required for csv." }]);
      authorize(ctx, "board_content.write");
      requireBoardAccess(ctx, fields.board_id);
      targetBoardId = (await findBoard(ctx, ctx.db, fields.board_id)).id;
    } else authorize(ctx, "boards.create");
  } catch (error) {
    file.stream.destroy();
    throw error;
  }

  const { bytes, sha256 } = await readUpload(file.stream);
  const sourceHash = createHash("sha256")
    .update(
      [
        sha256,
        fields.kind,
        targetBoardId ?? "",
        JSON.stringify(fields.mapping ?? null),
        fields.delimiter ?? "",
        fields.board_name ?? "",
      ].join("\u0000"),
    )
    .digest("hex");
  const existing = await findSame(ctx, fields.kind, sourceHash);
  if (existing) return { created: false, import: serializeImport(existing) };

  const plan = planOf(fields, bytes);
  if (fields.board_name) plan.board.name = fields.board_name;
  const counts = countPlan(plan);
  if (counts.cards === 0 && fields.kind === "csv")
    throw invalidRequest("The CSV has no rows with a title.", [{ field: "file", message: "No cards." }]);
  let row;
  try {
    [row] = await ctx.db
      .insert(imports)
      .values({
        id: newId("import"),
        workspaceId: ctx.caller.workspaceId,
        userId: ctx.caller.user.id,
        kind: fields.kind,
        fileName: clip(file.filename, 255, "upload"),
        sourceHash,
        status: "queued",
        targetBoardId,
        plan,
        counts,
        warnings: plan.warnings,
      })
      .returning();
  } catch (error) {
    // The same file sent twice at once: the unique index lets one in; the other answers it.
    const same = await findSame(ctx, fields.kind, sourceHash);
    if (same) return { created: false, import: serializeImport(same) };
    throw error;
  }
  startImport(ctx, row.id);
  return { created: true, import: serializeImport(row) };
}

async function findSame(ctx: Ctx, kind: ImportFields["kind"], sourceHash: string) {
  const [row] = await ctx.db
    .select()
    .from(imports)
    .where(
      and(
        eq(imports.workspaceId, ctx.caller.workspaceId),
        eq(imports.kind, kind),
        eq(imports.sourceHash, sourceHash),
        ne(imports.status, "failed"),
      ),
    );
  return row;
}
