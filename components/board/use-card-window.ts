"use client";

import { useCallback, useSyncExternalStore, type RefObject } from "react";
import { useVirtualizer, type Range } from "@tanstack/react-virtual";
import type { CardJson } from "@/lib/api-client/types";

/**
 * How tall a card will be, from what it shows (see CardTileView), until it is rendered and
 * measured. A close guess keeps the scrollbar steady: when guesses are off, the list's height
 * changes as cards get measured, and a scroll to the bottom stops short of the last card.
 */
export function estimateCardHeight(card: CardJson): number {
  const TITLE_LINE = 19.25; // text-sm, leading-snug
  const CHARS_PER_LINE = 30; // what fits beside the menu button in a list
  const lines = Math.max(1, Math.ceil(card.title.length / CHARS_PER_LINE));
  const tagRows = Math.ceil(card.tag_ids.length / 3);
  const tags = tagRows > 0 ? 6 + tagRows * 20 + (tagRows - 1) * 4 : 0;
  const hasFooter = card.due_at || card.description || card.assignee_ids.length > 0;
  const footer = hasFooter ? 8 + (card.assignee_ids.length > 0 ? 24 : 20) : 0;
  return Math.round(2 + 20 + lines * TITLE_LINE + tags + footer);
}
/** The list's `gap-2` between cards. */
const CARD_GAP = 8;
/** Cards rendered past each edge of the list's scroll area, so a quick scroll does not show blanks. */
const OVERSCAN = 5;

export type CardWindow = {
  /** The cards to render, with their index in the list (for aria-posinset and measuring). */
  rows: { card: CardJson; index: number }[];
  /** Height of the cards above and below the rendered ones, kept as empty space. */
  spaceBefore: number;
  spaceAfter: number;
  /** Attach to each rendered card (with `data-index`) so its real height replaces the estimate. */
  measure: (node: Element | null) => void;
};

type Options = {
  /** The list's scrolling element. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Whether the list is on (or near) the screen; a list far to the side renders no cards. */
  near: boolean;
  /** The card being dragged: always rendered, wherever it is, or dnd-kit would lose track of it. */
  activeId: string | null;
};

/**
 * The cards of one list that are worth rendering: those in (or just outside) its scroll area.
 * Each rendered card is a dnd-kit sortable, and dnd-kit re-renders every sortable whenever the
 * drag target changes; rendering a hundred instead of a thousand is what keeps a drag smooth.
 */
const subscribeToNothing = () => () => {};

export function useCardWindow(cards: CardJson[], { scrollRef, near, activeId }: Options): CardWindow {
  const activeIndex = activeId ? cards.findIndex((c) => c.id === activeId) : -1;
  const getItemKey = useCallback((index: number) => cards[index]?.id ?? index, [cards]);
  // The server renders the board (its snapshot) with an 800 px guess; hydration must render the same.
  const windowHeight = useSyncExternalStore(
    subscribeToNothing,
    () => window.innerHeight,
    () => 800,
  );
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (cards[index] ? estimateCardHeight(cards[index]) : 42),
    gap: CARD_GAP,
    overscan: OVERSCAN,
    getItemKey,
    // Before the list is measured, assume it is as tall as the window, so the first paint has cards.
    initialRect: { width: 0, height: windowHeight },
    rangeExtractor: (range) => windowIndexes(range, near, activeIndex),
  });

  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  if (items.length === 0) return { rows: [], spaceBefore: 0, spaceAfter: near ? 0 : total, measure: virtualizer.measureElement };
  const first = items[0];
  const last = items[items.length - 1];
  return {
    rows: items.map((item) => ({ card: cards[item.index], index: item.index })),
    // The list's CSS gap already separates a spacer from the first card after it.
    spaceBefore: first.index > 0 ? Math.max(first.start - CARD_GAP, 0) : 0,
    spaceAfter: last.index < cards.length - 1 ? Math.max(total - last.end - CARD_GAP, 0) : 0,
    measure: virtualizer.measureElement,
  };
}

/** One contiguous run of indexes (spacers can only stand for contiguous runs) that includes the dragged card. */
export function windowIndexes(range: Range, near: boolean, activeIndex: number): number[] {
  if (range.count === 0) return [];
  let start = Math.max(range.startIndex - range.overscan, 0);
  let end = Math.min(range.endIndex + range.overscan, range.count - 1);
  if (!near) {
    if (activeIndex < 0) return [];
    start = end = activeIndex;
  }
  if (activeIndex >= 0) {
    start = Math.min(start, activeIndex);
    end = Math.max(end, activeIndex);
  }
  const indexes: number[] = [];
  for (let i = start; i <= end; i++) indexes.push(i);
  return indexes;
}
