import type { Announcements, UniqueIdentifier } from "@dnd-kit/core";
import type { CardJson, ListJson } from "@/lib/api-client/types";
import type { CardsByList } from "./card-order";

export const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    "To move this item, press Space to pick it up, use the arrow keys to move it (left and right between lists, up and down within one), press Space again to drop it, or Escape to cancel. Press Enter on a card to open it.",
};

type State = { items: CardsByList; lists: ListJson[]; cardsById: Map<string, CardJson> };

/** Spoken updates that name cards and lists, instead of dnd-kit's "draggable item 3". */
export function boardAnnouncements(read: () => State): Announcements {
  function describe(id: UniqueIdentifier): string {
    const { items, lists } = read();
    const key = String(id);
    const list = lists.find((l) => l.id === key);
    if (list) return `list ${list.name}, position ${lists.indexOf(list) + 1} of ${lists.length}`;
    const listId = key.startsWith("body:") ? key.slice(5) : Object.keys(items).find((l) => items[l].includes(key));
    const host = lists.find((l) => l.id === listId);
    if (!host || !listId) return "";
    const index = items[listId].indexOf(key);
    return index >= 0 ? `position ${index + 1} of ${items[listId].length} in list ${host.name}` : `list ${host.name}`;
  }
  const nameOf = (id: UniqueIdentifier) => {
    const { lists, cardsById } = read();
    return cardsById.get(String(id))?.title ?? lists.find((l) => l.id === String(id))?.name ?? "item";
  };
  return {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, ${describe(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} is over ${describe(over.id === active.id ? active.id : over.id)}.`
        : `${nameOf(active.id)} is no longer over a drop target.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped ${nameOf(active.id)} at ${describe(over.id === active.id ? active.id : over.id)}.`
        : `Dropped ${nameOf(active.id)}; it did not move.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled; it is back where it was.`,
  };
}
