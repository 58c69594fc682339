"use client";

import { createContext, useContext, useMemo } from "react";
import type { CardJson, CustomFieldJson, ListJson, MemberJson, TagJson } from "@/lib/api-client/types";

/** Lookups every card tile and menu needs; changes only when the board's data does. */
export type BoardLookups = {
  boardId: string;
  canEdit: boolean;
  lists: ListJson[];
  cardsById: Map<string, CardJson>;
  tagsById: Map<string, TagJson>;
  membersById: Map<string, MemberJson>;
  /** The board's custom fields in their order (empty until loaded). */
  fields: CustomFieldJson[];
};

/** Everything but the cards: stable while cards move, so card tiles do not re-render on every move. */
export type BoardMeta = Omit<BoardLookups, "cardsById">;

const BoardLookupsContext = createContext<BoardLookups | null>(null);
const BoardMetaContext = createContext<BoardMeta | null>(null);

export function BoardLookupsProvider({ value, children }: { value: BoardLookups; children: React.ReactNode }) {
  const { boardId, canEdit, lists, tagsById, membersById, fields } = value;
  const meta = useMemo(
    () => ({ boardId, canEdit, lists, tagsById, membersById, fields }),
    [boardId, canEdit, lists, tagsById, membersById, fields],
  );
  return (
    <BoardMetaContext.Provider value={meta}>
      <BoardLookupsContext.Provider value={value}>{children}</BoardLookupsContext.Provider>
    </BoardMetaContext.Provider>
  );
}

export function useBoardMeta(): BoardMeta {
  const value = useContext(BoardMetaContext);
  if (!value) throw new Error("useBoardMeta must be used inside a board");
  return value;
}

export function useBoardLookups(): BoardLookups {
  const value = useContext(BoardLookupsContext);
  if (!value) throw new Error("useBoardLookups must be used inside a board");
  return value;
}

/** What is being dragged, so the other kind of target can step aside (cards vs lists). */
export type DragKind = "card" | "list" | null;
/** The drag in progress: its kind, and the card being dragged (lists keep it rendered). */
export type DragState = { kind: DragKind; activeCardId: string | null };
const IDLE: DragState = { kind: null, activeCardId: null };
const DragStateContext = createContext<DragState>(IDLE);
export const DragStateProvider = DragStateContext.Provider;
export const useDragState = () => useContext(DragStateContext);
