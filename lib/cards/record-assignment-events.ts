import { inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import type { Caller } from "@/lib/workspaces/context";
import type { CardJson } from "./schemas";

/**
 * One card.assigned per user added to a card's assignees and one card.unassigned per user removed,
 * beside the card.updated (or card.created) of the same change. `data` is the card afterwards plus
 * `assignee` {id, name, email}: the user, as `actor` shows one (a departed member has no Member
 * any more), so a receiver that notifies people needs no second call.
 */
export async function recordAssignmentEvents(
  tx: Tx,
  input: { actor: Caller["user"] | null; card: CardJson; added: string[]; removed: string[] },
): Promise<void> {
  const ids = [...input.added, ...input.removed];
  if (ids.length === 0) return;
  const rows = await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, ids));
  const byId = new Map(rows.map((user) => [user.id, user]));
  for (const [type, list] of [
    ["card.assigned", input.added],
    ["card.unassigned", input.removed],
  ] as const) {
    for (const userId of list) {
      const assignee = byId.get(userId);
      if (!assignee) continue;
      await recordEvent(tx, {
        workspaceId: input.card.workspace_id,
        type,
        boardId: input.card.board_id,
        actor: input.actor,
        data: { ...input.card, assignee },
      });
    }
  }
}
