import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards, files, users } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { FileJson } from "./schemas";
import { serializeFile, type FileWithUploader } from "./serialize-file";

export type FoundFile = FileWithUploader & { boardId: string };

/**
 * A file of the caller's workspace with its uploader's name and its card's board (for events and
 * board-restricted tokens, which get 404 outside their boards). `forUpdate` locks the file row.
 */
export async function findFile(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<FoundFile> {
  if (!isIdOf("file", id)) throw notFound("File");
  const query = db
    .select({ file: files, uploaderName: users.name, boardId: cards.boardId })
    .from(files)
    .innerJoin(cards, eq(cards.id, files.cardId))
    .leftJoin(users, eq(users.id, files.uploaderId))
    .where(and(eq(files.id, id), eq(files.workspaceId, ctx.caller.workspaceId)));
  const [row] = options.forUpdate ? await query.for("update", { of: files }) : await query;
  if (!row || !canSeeBoard(ctx, row.boardId)) throw notFound("File");
  return row;
}

/** `GET /v1/files/{id}`: the file's metadata. */
export async function getFile({ ctx, id }: { ctx: Ctx; id: string }): Promise<FileJson> {
  return serializeFile(await findFile(ctx, ctx.db, id));
}
