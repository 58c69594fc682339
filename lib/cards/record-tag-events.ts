import type { Tx } from "@/db/client";
import type { Tag } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { serializeTag } from "@/lib/tags/serialize-tag";
import type { Caller } from "@/lib/workspaces/context";
import type { CardJson } from "./schemas";

/**
 * One tag.added / tag.removed event per tag. `data` is the card as GET returns it afterwards plus
 * a `tag` object (the tag as GET /v1/tags/{id} returns it), so a receiver needs no second call.
 */
export async function recordTagEvents(
  tx: Tx,
  input: { actor: Caller["user"] | null; card: CardJson; added: Tag[]; removed: Tag[] },
): Promise<void> {
  const { card } = input;
  for (const [type, list] of [
    ["tag.added", input.added],
    ["tag.removed", input.removed],
  ] as const) {
    for (const tag of list) {
      await recordEvent(tx, {
        workspaceId: card.workspace_id,
        type,
        boardId: card.board_id,
        actor: input.actor,
        data: { ...card, tag: serializeTag(tag) },
      });
    }
  }
}
