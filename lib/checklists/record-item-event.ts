import type { Tx } from "@/db/client";
import type { ChecklistItem } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import type { Ctx } from "@/lib/workspaces/context";
import type { FoundChecklist } from "./find-checklist";
import { serializeItem } from "./serialize-checklist";

/** The rule below as the API reference states it, on every checklist operation. */
export const CHECKLIST_EVENTS =
  "Events: `checklist.item_created` (each new item), `checklist.item_completed` (false → true), `checklist.item_deleted` (each removed item, also when its checklist is deleted). Renaming, text edits, un-completing and reordering record no event.";

/**
 * Which checklist changes are evented. The catalog (lib/events/catalog.ts) names three item
 * events, and we emit exactly those, on every path that causes them:
 * - checklist.item_created for each item that comes into existence (POST …/items, and each item
 *   sent with POST /v1/checklists);
 * - checklist.item_completed when an item goes from not completed to completed;
 * - checklist.item_deleted for each item that goes away (DELETE …/items/{id}, and each item of a
 *   deleted checklist).
 * Everything else — creating an empty checklist, renaming or deleting one, editing an item's text,
 * un-completing or reordering an item — records no event: we do not invent names outside the
 * catalog, and a card.updated with no card field changed would mislead receivers.
 * `data` is the item exactly as GET /v1/checklists/{id}/items/{item_id} returns it (its last state
 * for a deletion); the event's board is the card's board.
 */
export async function recordItemEvent(
  tx: Tx,
  ctx: Ctx,
  found: FoundChecklist,
  type: "checklist.item_created" | "checklist.item_completed" | "checklist.item_deleted",
  item: ChecklistItem,
): Promise<void> {
  await recordEvent(tx, {
    workspaceId: found.checklist.workspaceId,
    type,
    boardId: found.boardId,
    actor: ctx.caller.user,
    data: serializeItem(item, found.checklist.cardId),
  });
}
