import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { cards } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { onCommit, transact } from "@/lib/events/transaction";
import { purgeSoon } from "@/lib/files/purge-files";
import type { Ctx } from "@/lib/workspaces/context";
import { findCard } from "./find-card";
import { loadCardJson } from "./load-card-json";

/** Deletes a card (its links, comments… cascade); the event carries the card's last state. */
export async function deleteCard({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "board_content.write");
  await transact(ctx.db, async (tx) => {
    const card = await findCard(ctx, tx, id, { forUpdate: true });
    const data = await loadCardJson(tx, card);
    await tx.delete(cards).where(eq(cards.id, id));
    // Its files' rows cascade; their bytes leave the storage after commit (lib/files/purge-files.ts).
    onCommit(tx, purgeSoon);
    await recordEvent(tx, { workspaceId: card.workspaceId, type: "card.deleted", boardId: card.boardId, actor: ctx.caller.user, data });
  });
}
