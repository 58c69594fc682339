import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { files, users } from "@/db/schema";
import { findCard } from "@/lib/cards/find-card";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import type { FileJson, ListFilesQuery } from "./schemas";
import { serializeFile } from "./serialize-file";

/** A card's attachments, oldest first (the order they were added, as the card dialog lists them). */
export async function listFiles({ ctx, query }: { ctx: Ctx; query: ListFilesQuery }): Promise<Page<FileJson>> {
  const card = await findCard(ctx, ctx.db, query.card_id);
  const filters: SQL[] = [eq(files.workspaceId, ctx.caller.workspaceId), eq(files.cardId, card.id)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(gt(files.id, after));
  const rows = await ctx.db
    .select({ file: files, uploaderName: users.name })
    .from(files)
    .leftJoin(users, eq(users.id, files.uploaderId))
    .where(and(...filters))
    .orderBy(asc(files.id))
    .limit(query.limit + 1);
  return toPage(
    rows.map((row) => ({ ...row, id: row.file.id })),
    query.limit,
    serializeFile,
  );
}
