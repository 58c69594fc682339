import { pipeline } from "node:stream";
import { config } from "@/config";
import { files } from "@/db/schema";
import type { UploadedFile } from "@/lib/api/multipart";
import { findCard } from "@/lib/cards/find-card";
import { recordEvent } from "@/lib/events/record-event";
import { onCommit, transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { CountingStream } from "./counting-stream";
import { sanitizeFileName } from "./file-name";
import { checkRoom, fileTooLarge, lockWorkspaceFiles, quotaExceeded } from "./file-limits";
import type { FileJson, UploadFields } from "./schemas";
import { serializeFile } from "./serialize-file";
import { sniffContentType, THUMBNAIL_TYPES } from "./sniff-content-type";
import { fileStorage } from "./storage/file-storage";
import { makeThumbnailSoon } from "./thumbnails";

/**
 * Uploads a file to a card: checks the card and the limits first, streams the bytes to the
 * storage while counting them (413 the moment FILE_MAX_BYTES or the workspace quota is passed;
 * the storage adapter removes what it had written), detects the content type from the first
 * bytes, then records the row and `file.uploaded` in one transaction that re-checks the limits
 * under the workspace's file lock. Whatever fails after the bytes are stored removes them again.
 */
export async function uploadFile({ ctx, fields, file }: { ctx: Ctx; fields: UploadFields; file: UploadedFile }): Promise<FileJson> {
  try {
    authorize(ctx, "board_content.write");
    const { maxBytes, workspaceQuotaBytes } = config().files;
    const card = await findCard(ctx, ctx.db, fields.card_id);
    const { remainingQuota } = await checkRoom(ctx.db, { workspaceId: card.workspaceId, cardId: card.id }, 0);
    const limit = Math.min(maxBytes, remainingQuota);
    const counter = new CountingStream(limit, () => (limit < maxBytes ? quotaExceeded(workspaceQuotaBytes) : fileTooLarge(maxBytes)));
    const id = newId("file");
    const key = `${card.workspaceId}/${id}`;
    const storage = fileStorage();
    await storage.put(
      key,
      pipeline(file.stream, counter, () => {}),
    );
    try {
      const contentType = sniffContentType(counter.head());
      return await transact(ctx.db, async (tx) => {
        const locked = await findCard(ctx, tx, card.id, { forUpdate: true });
        await lockWorkspaceFiles(tx, locked.workspaceId);
        await checkRoom(tx, { workspaceId: locked.workspaceId, cardId: locked.id }, counter.bytes);
        const [row] = await tx
          .insert(files)
          .values({
            id,
            workspaceId: locked.workspaceId,
            cardId: locked.id,
            uploaderId: ctx.caller.user.id,
            kind: "upload",
            name: sanitizeFileName(file.filename),
            contentType,
            size: counter.bytes,
            storageKey: key,
          })
          .returning();
        const data = serializeFile({ file: row, uploaderName: ctx.caller.user.name });
        await recordEvent(tx, {
          workspaceId: locked.workspaceId,
          type: "file.uploaded",
          boardId: locked.boardId,
          actor: ctx.caller.user,
          data,
        });
        if (THUMBNAIL_TYPES.has(contentType)) onCommit(tx, () => makeThumbnailSoon(row.id));
        return data;
      });
    } catch (error) {
      await storage.delete(key).catch(() => {});
      throw error;
    }
  } finally {
    // Refused before or while reading: stop taking the request's bytes.
    if (!file.stream.readableEnded) file.stream.destroy();
  }
}
