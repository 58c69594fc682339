import { files } from "@/db/schema";
import { findCard } from "@/lib/cards/find-card";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { sanitizeFileName } from "./file-name";
import { checkRoom, lockWorkspaceFiles } from "./file-limits";
import type { CreateLinkInput, FileJson } from "./schemas";
import { serializeFile } from "./serialize-file";

/** Attaches a link to a card (no bytes: it counts toward the card's 100 attachments, not the quota). */
export async function createLink({ ctx, input }: { ctx: Ctx; input: CreateLinkInput }): Promise<FileJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const card = await findCard(ctx, tx, input.card_id, { forUpdate: true });
    await lockWorkspaceFiles(tx, card.workspaceId);
    await checkRoom(tx, { workspaceId: card.workspaceId, cardId: card.id }, 0);
    const [row] = await tx
      .insert(files)
      .values({
        id: newId("file"),
        workspaceId: card.workspaceId,
        cardId: card.id,
        uploaderId: ctx.caller.user.id,
        kind: "link",
        name: sanitizeFileName(input.name ?? input.url),
        url: input.url,
      })
      .returning();
    const data = serializeFile({ file: row, uploaderName: ctx.caller.user.name });
    await recordEvent(tx, { workspaceId: card.workspaceId, type: "file.uploaded", boardId: card.boardId, actor: ctx.caller.user, data });
    return data;
  });
}
