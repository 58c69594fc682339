"use client";

import { memo, useCallback, useMemo, useRef } from "react";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { cn } from "@/lib/utils";
import { AddCardComposer } from "./add-card-composer";
import { useBoardMeta, useDragState } from "./board-context";
import { SortableCard } from "./card-tile";
import { ListHeader } from "./list-header";
import { useCardWindow } from "./use-card-window";
import { useNearViewport } from "./use-near-viewport";
import type { CardJson, ListJson } from "@/lib/api-client/types";

type Props = { list: ListJson; cards: CardJson[]; index: number; listCount: number; filtered: boolean };

export const COLUMN_WIDTH = "w-[17.5rem] sm:w-[18.5rem]";

/**
 * One list: sortable among lists by its header, a drop target for cards, its cards in order.
 * Only the cards in (or near) view are rendered: see useCardWindow for why.
 */
export const ListColumn = memo(function ListColumn({ list, cards, index, listCount, filtered }: Props) {
  const { boardId, canEdit } = useBoardMeta();
  const { kind: dragKind, activeCardId } = useDragState();
  const cardIds = useMemo(() => cards.map((c) => c.id), [cards]);
  const sortable = useSortable({
    id: list.id,
    data: { type: "list" },
    disabled: { draggable: !canEdit || list.id.startsWith("pending_"), droppable: dragKind === "card" },
  });
  // The body is a target only when empty (to drop into an empty list); otherwise its cards are.
  const body = useDroppable({
    id: `body:${list.id}`,
    data: { type: "list-body", listId: list.id },
    disabled: dragKind !== "card" || cardIds.length > 0,
  });
  const sectionRef = useRef<HTMLElement | null>(null);
  const scrollRef = useRef<HTMLOListElement | null>(null);
  const setSectionRef = useCallback(
    (node: HTMLElement | null) => {
      sectionRef.current = node;
      sortable.setNodeRef(node);
    },
    [sortable.setNodeRef],
  );
  const setScrollRef = useCallback(
    (node: HTMLOListElement | null) => {
      scrollRef.current = node;
      body.setNodeRef(node);
    },
    [body.setNodeRef],
  );
  const near = useNearViewport(sectionRef, index);
  const shown = useCardWindow(cards, { scrollRef, near, activeId: activeCardId });
  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };

  return (
    <section
      ref={setSectionRef}
      style={style}
      aria-label={`List ${list.name}`}
      data-testid="list"
      data-list-id={list.id}
      data-card-count={cards.length}
      className={cn(
        "group/list flex max-h-full shrink-0 snap-start flex-col rounded-xl bg-muted/70 ring-1 ring-border/60 dark:bg-muted/40",
        COLUMN_WIDTH,
        sortable.isDragging && "opacity-40",
      )}
    >
      <ListHeader
        boardId={boardId}
        list={list}
        index={index}
        listCount={listCount}
        cardCount={cardIds.length}
        canEdit={canEdit}
        dragHandle={{ ...sortable.attributes, ...sortable.listeners, "aria-roledescription": "list" } as React.HTMLAttributes<HTMLElement>}
      />
      <SortableContext id={list.id} items={cardIds} strategy={verticalListSortingStrategy}>
        <ol
          ref={setScrollRef}
          className={cn(
            "flex min-h-10 flex-col gap-2 overflow-y-auto overscroll-contain px-2 pt-1 pb-2",
            body.isOver && "rounded-lg bg-primary/5",
          )}
          aria-label={`Cards in ${list.name}`}
        >
          {shown.spaceBefore > 0 && <li aria-hidden className="shrink-0 list-none" style={{ height: shown.spaceBefore }} />}
          {shown.rows.map(({ card, index: position }) => (
            <SortableCard
              key={card.id}
              card={card}
              listId={list.id}
              listDragging={dragKind === "list"}
              index={position}
              setSize={cards.length}
              measure={shown.measure}
            />
          ))}
          {shown.spaceAfter > 0 && <li aria-hidden className="shrink-0 list-none" style={{ height: shown.spaceAfter }} />}
          {cardIds.length === 0 && (
            <li className="grid h-14 list-none place-items-center rounded-lg border border-dashed border-border text-xs text-muted-foreground">
              {filtered ? "No matching cards" : "No cards yet"}
            </li>
          )}
        </ol>
      </SortableContext>
      {canEdit && (
        <div className="px-2 pb-2">
          <AddCardComposer boardId={boardId} listId={list.id} listName={list.name} />
        </div>
      )}
    </section>
  );
});
