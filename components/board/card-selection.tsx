"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

/** Cards picked for a bulk action, and how to change the pick. */
export type CardSelection = {
  selected: ReadonlySet<string>;
  /** Adds or removes one card; with `range`, every shown card from the last one picked to this one. */
  toggle: (cardId: string, options?: { range?: boolean }) => void;
  selectMany: (cardIds: readonly string[]) => void;
  clear: () => void;
};

const SelectionContext = createContext<CardSelection | null>(null);

/**
 * The board's selection. `shownIds` are the cards on screen in board order (lists left to right,
 * top to bottom), which a shift-click range follows; cards that leave the board leave the pick.
 */
export function CardSelectionProvider({ shownIds, children }: { shownIds: readonly string[]; children: React.ReactNode }) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const order = useRef(shownIds);
  order.current = shownIds;
  const toggle = useCallback((cardId: string, options: { range?: boolean } = {}) => {
    setPicked((current) => {
      const next = new Set(current);
      const from = anchor.current ? order.current.indexOf(anchor.current) : -1;
      const to = order.current.indexOf(cardId);
      if (options.range && from >= 0 && to >= 0) {
        const [a, b] = from < to ? [from, to] : [to, from];
        for (const id of order.current.slice(a, b + 1)) next.add(id);
      } else if (next.has(cardId)) next.delete(cardId);
      else next.add(cardId);
      return next;
    });
    anchor.current = cardId;
  }, []);
  const selectMany = useCallback((cardIds: readonly string[]) => setPicked(new Set(cardIds)), []);
  const clear = useCallback(() => {
    anchor.current = null;
    setPicked(new Set());
  }, []);
  // Only cards still shown count (a filter or another person's delete may take some away).
  const selected = useMemo(() => {
    const shown = new Set(shownIds);
    return new Set([...picked].filter((id) => shown.has(id)));
  }, [picked, shownIds]);
  const value = useMemo(() => ({ selected, toggle, selectMany, clear }), [selected, toggle, selectMany, clear]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useCardSelection(): CardSelection {
  const value = useContext(SelectionContext);
  if (!value) throw new Error("useCardSelection must be used inside a board");
  return value;
}
