import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { cards, cardTags, tags } from "@/db/schema";
import { loadCardJson } from "@/lib/cards/load-card-json";
import { recordTagEvents } from "@/lib/cards/record-tag-events";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findTag } from "./find-tag";

/**
 * Deletes a tag. Every card that carried it loses it, so each such card gets a tag.removed event
 * (data = the card afterwards plus the deleted tag), as if the tag had been removed by PATCH.
 */
export async function deleteTag({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "board_content.write");
  await transact(ctx.db, async (tx) => {
    const tag = await findTag(ctx, tx, id, { forUpdate: true });
    const carriers = await tx
      .select({ card: cards })
      .from(cardTags)
      .innerJoin(cards, eq(cards.id, cardTags.cardId))
      .where(eq(cardTags.tagId, id))
      .orderBy(cards.id);
    await tx.delete(tags).where(eq(tags.id, id));
    for (const { card } of carriers) {
      await recordTagEvents(tx, { actor: ctx.caller.user, card: await loadCardJson(tx, card), added: [], removed: [tag] });
    }
  });
}
