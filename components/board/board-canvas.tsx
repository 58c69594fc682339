"use client";

import { useMemo, useRef, useState } from "react";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { arrayMove, horizontalListSortingStrategy, SortableContext, sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useQueryClient } from "@tanstack/react-query";
import type { CardJson, ListJson } from "@/lib/api-client/types";
import { AddListColumn } from "./add-list-column";
import { DragStateProvider, useBoardLookups, type DragKind } from "./board-context";
import { queryKeys } from "@/lib/api-client/query-keys";
import { applyCardMove, applyListMove, type CardsByList } from "./card-order";
import { CardTileView } from "./card-tile";
import { boardAnnouncements, SCREEN_READER_INSTRUCTIONS } from "./drag-announcements";
import { boardCollision } from "./drag-collision";
import { ListColumn } from "./list-column";
import { useUpdateCard } from "./use-card-mutations";
import { useUpdateList } from "./use-list-mutations";
import { useStableCardLists } from "./use-stable-card-lists";

type Props = {
  lists: ListJson[];
  /** Visible card ids per list (after filters). */
  groups: CardsByList;
  /** Every card id per list (before filters): moves are indexed against these. */
  allGroups: CardsByList;
  filtered: boolean;
};

/**
 * The columns and their drag and drop. During a drag the card order lives in local state (so
 * only this board re-renders); on drop, the cache is updated at once and ONE PATCH is sent.
 */
export function BoardCanvas({ lists: listsProp, groups, allGroups, filtered }: Props) {
  const { boardId, canEdit, cardsById } = useBoardLookups();
  const queryClient = useQueryClient();
  const updateCard = useUpdateCard(boardId);
  const updateList = useUpdateList(boardId);
  const [dragKind, setDragKind] = useState<DragKind>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [dragGroups, setDragGroups] = useState<CardsByList | null>(null);
  // What was just dropped, shown until the board's data catches up: the cache is updated in the
  // drop's event, but React Query re-renders the board a tick later, and without this the first
  // frame after a drop would put the card back where it came from (and the drop animation with it).
  const [landedCards, setLandedCards] = useState<{ groups: CardsByList; basis: CardsByList } | null>(null);
  const [landedLists, setLandedLists] = useState<{ lists: ListJson[]; basis: ListJson[] } | null>(null);
  const lists = landedLists?.basis === listsProp ? landedLists.lists : listsProp;
  const items = dragGroups ?? (landedCards?.basis === groups ? landedCards.groups : groups);
  const listIds = useMemo(() => lists.map((l) => l.id), [lists]);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const cardsByList = useStableCardLists(lists, items, cardsById);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // A press and hold starts a drag on touch screens, so a swipe still scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 220, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      // Enter opens a card; Space picks it up and drops it.
      keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space", "Enter"] },
    }),
  );

  const containerOf = (id: UniqueIdentifier): string | undefined => {
    const key = String(id);
    if (key.startsWith("body:")) return key.slice(5);
    if (key in itemsRef.current) return key;
    return Object.keys(itemsRef.current).find((listId) => itemsRef.current[listId].includes(key));
  };

  function onDragStart({ active }: DragStartEvent) {
    const kind = active.data.current?.type === "list" ? "list" : "card";
    setDragKind(kind);
    setActiveId(String(active.id));
    if (kind === "card") setDragGroups(groups);
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (dragKind !== "card" || !over) return;
    const from = containerOf(active.id);
    const to = containerOf(over.id);
    if (!from || !to || from === to) return;
    setDragGroups((prev) => {
      const current = prev ?? groups;
      const target = current[to];
      const overIndex = target.indexOf(String(over.id));
      const translated = active.rect.current.translated;
      const below = translated && over.rect ? translated.top > over.rect.top + over.rect.height / 2 : false;
      const index = overIndex < 0 ? target.length : overIndex + (below ? 1 : 0);
      return {
        ...current,
        [from]: current[from].filter((id) => id !== active.id),
        [to]: [...target.slice(0, index), String(active.id), ...target.slice(index)],
      };
    });
  }

  function finish() {
    setDragKind(null);
    setActiveId(null);
    setDragGroups(null);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (dragKind === "list") {
      const from = listIds.indexOf(String(active.id));
      const to = over ? listIds.indexOf(String(over.id)) : -1;
      if (to >= 0 && from !== to) {
        moveList(String(active.id), to);
        setLandedLists({ lists: arrayMove(lists, from, to), basis: listsProp });
      }
      return finish();
    }
    const to = over ? containerOf(over.id) : undefined;
    const card = cardsById.get(String(active.id));
    if (!to || !card) return finish();
    let ids = items[to];
    const activeIndex = ids.indexOf(card.id);
    const overIndex = ids.indexOf(String(over!.id));
    if (overIndex >= 0 && activeIndex !== overIndex) ids = arrayMove(ids, activeIndex, overIndex);
    moveCard(card, to, fullIndex(to, ids, card.id));
    setLandedCards({ groups: { ...items, [to]: ids }, basis: groups });
    finish();
  }

  /** Where the drop lands among ALL the list's cards, when filters hide some of them. */
  function fullIndex(listId: string, visible: string[], cardId: string): number {
    const all = allGroups[listId].filter((id) => id !== cardId);
    const at = visible.indexOf(cardId);
    const before = visible[at - 1];
    if (before !== undefined && all.includes(before)) return all.indexOf(before) + 1;
    const after = visible[at + 1];
    if (after !== undefined && all.includes(after)) return all.indexOf(after);
    return before === undefined ? 0 : all.length;
  }

  function moveCard(card: CardJson, listId: string, index: number) {
    const currentIndex = allGroups[card.list_id].indexOf(card.id);
    if (listId === card.list_id && index === currentIndex) return;
    // Update the cache in this very frame so the card does not flash back before onMutate runs.
    const key = queryKeys.board.cards(boardId);
    const previous = queryClient.getQueryData<CardJson[]>(key);
    if (previous) queryClient.setQueryData(key, applyCardMove(previous, card.id, listId, index));
    updateCard.mutate({ cardId: card.id, patch: { list_id: listId, position: index }, previous });
  }

  function moveList(listId: string, index: number) {
    const key = queryKeys.board.lists(boardId);
    const previous = queryClient.getQueryData<ListJson[]>(key);
    if (previous) queryClient.setQueryData(key, applyListMove(previous, listId, index));
    updateList.mutate({ listId, patch: { position: index }, previous });
  }

  const dragState = useMemo(() => ({ kind: dragKind, activeCardId: dragKind === "card" ? activeId : null }), [dragKind, activeId]);
  const activeCard = dragKind === "card" && activeId ? cardsById.get(activeId) : undefined;
  const activeList = dragKind === "list" && activeId ? lists.find((l) => l.id === activeId) : undefined;
  const announcements = useMemo(() => boardAnnouncements(() => ({ items: itemsRef.current, lists, cardsById })), [lists, cardsById]);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollision}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <DragStateProvider value={dragState}>
        <div
          className="flex h-full snap-x scroll-px-4 items-start gap-3 overflow-x-auto overscroll-x-contain px-4 pb-4 sm:scroll-px-6 sm:px-6"
          data-testid="board-canvas"
          data-board-scroller
        >
          <SortableContext items={listIds} strategy={horizontalListSortingStrategy}>
            {lists.map((list, index) => (
              <ListColumn
                key={list.id}
                list={list}
                cards={cardsByList[list.id]}
                index={index}
                listCount={lists.length}
                filtered={filtered}
              />
            ))}
          </SortableContext>
          {canEdit && <AddListColumn boardId={boardId} />}
        </div>
      </DragStateProvider>
      <DragOverlay dropAnimation={{ duration: 160, easing: "cubic-bezier(0.2, 0, 0, 1)" }}>
        {activeCard ? (
          <div className="w-[16.5rem] sm:w-[17.5rem]">
            <CardTileView card={activeCard} overlay />
          </div>
        ) : activeList ? (
          <div className="w-[17.5rem] rotate-1 rounded-xl bg-muted px-3 py-2.5 text-sm font-semibold shadow-xl ring-1 ring-primary/30 sm:w-[18.5rem]">
            {activeList.name}
            <span className="ml-2 text-xs font-normal text-muted-foreground">{(items[activeList.id] ?? []).length} cards</span>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
