import type { Tx } from "@/db/client";
import type { CardJson } from "@/lib/cards/schemas";
import { recordEvent } from "@/lib/events/record-event";
import type { Caller } from "@/lib/workspaces/context";

/** card.sprint_changed: data = the card afterwards plus `previous_sprint_id` (its `sprint_id` is the new one). */
export async function recordSprintChange(tx: Tx, input: { actor: Caller["user"] | null; card: CardJson; previousSprintId: string | null }) {
  await recordEvent(tx, {
    workspaceId: input.card.workspace_id,
    boardId: input.card.board_id,
    type: "card.sprint_changed",
    actor: input.actor,
    data: { ...input.card, previous_sprint_id: input.previousSprintId },
  });
}
