import type { CardJson, ListJson } from "@/lib/api-client/types";

export type CardsByList = Record<string, string[]>;

const byPosition = (a: { position: number | null; id: string }, b: { position: number | null; id: string }) =>
  (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id);

export function sortLists(lists: ListJson[]): ListJson[] {
  return [...lists].sort(byPosition);
}

/** Card ids of each list in board order (every list present, even when empty). */
export function groupCards(lists: ListJson[], cards: CardJson[]): CardsByList {
  const groups: Record<string, CardJson[]> = {};
  for (const list of lists) groups[list.id] = [];
  for (const card of cards) groups[card.list_id]?.push(card);
  const ids: CardsByList = {};
  for (const [listId, group] of Object.entries(groups)) ids[listId] = group.sort(byPosition).map((c) => c.id);
  return ids;
}

/**
 * The cache after moving `cardId` to index `toIndex` of `toListId` (index among that list's cards
 * without the moved one, as PATCH /v1/cards takes it), positions renumbered in both lists.
 */
export function applyCardMove(cards: CardJson[], cardId: string, toListId: string, toIndex: number): CardJson[] {
  const moving = cards.find((c) => c.id === cardId);
  if (!moving) return cards;
  const fromListId = moving.list_id;
  const destination = cards.filter((c) => c.list_id === toListId && c.id !== cardId).sort(byPosition);
  const index = Math.max(0, Math.min(toIndex, destination.length));
  destination.splice(index, 0, { ...moving, list_id: toListId });
  const updated = new Map<string, CardJson>();
  // Only cards whose position changes get a new object, so unchanged tiles keep their identity.
  const place = (card: CardJson, position: number) => card.position !== position && updated.set(card.id, { ...card, position });
  destination.forEach((card, position) => (card.id === cardId ? updated.set(card.id, { ...card, position }) : place(card, position)));
  if (fromListId !== toListId) {
    cards
      .filter((c) => c.list_id === fromListId && c.id !== cardId)
      .sort(byPosition)
      .forEach(place);
  }
  return cards.map((c) => updated.get(c.id) ?? c);
}

/** Removes a card from its list (archive), closing the gap in positions. */
export function removeCard(cards: CardJson[], cardId: string): CardJson[] {
  const gone = cards.find((c) => c.id === cardId);
  if (!gone) return cards;
  const rest = cards.filter((c) => c.id !== cardId);
  const siblings = rest.filter((c) => c.list_id === gone.list_id).sort(byPosition);
  const renumbered = new Map(siblings.map((card, position) => [card.id, { ...card, position }]));
  return rest.map((c) => renumbered.get(c.id) ?? c);
}

export function applyListMove(lists: ListJson[], listId: string, toIndex: number): ListJson[] {
  const ordered = sortLists(lists).filter((l) => l.id !== listId);
  const moving = lists.find((l) => l.id === listId);
  if (!moving) return lists;
  ordered.splice(Math.max(0, Math.min(toIndex, ordered.length)), 0, moving);
  return ordered.map((list, position) => ({ ...list, position }));
}
