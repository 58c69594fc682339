"use client";

import { memo, useCallback } from "react";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { AlignLeft, CheckCircle2, Flag, Lock, Paperclip, Timer } from "lucide-react";
import { usePlanningLookups } from "@/components/planning/planning-context";
import type { CardJson } from "@/lib/api-client/types";
import { cn } from "@/lib/utils";
import { useBoardMeta } from "./board-context";
import { openCard } from "./board-url";
import { Checkbox } from "@/components/ui/checkbox";
import { CardMenu } from "./card-menu";
import { useCardSelection } from "./card-selection";
import { DueBadge } from "./due-badge";
import { MemberAvatar } from "./member-avatar";
import { TagChip } from "./tag-chip";
import { isPendingId } from "./use-card-mutations";
import { useRunningTimerCardId } from "./running-timer-context";
import { useFileDrop } from "@/components/card/use-files";
import { CardFieldChips } from "@/components/custom-fields/card-field-chips";

/** What a card shows on the board. Memoized: during a drag only the wrappers re-render. */
export const CardTileView = memo(function CardTileView({ card, overlay = false }: { card: CardJson; overlay?: boolean }) {
  const { tagsById, membersById, fields } = useBoardMeta();
  const timing = useRunningTimerCardId() === card.id;
  const tags = card.tag_ids.map((id) => tagsById.get(id)).filter((t) => t !== undefined);
  const assignees = card.assignee_ids.map((id) => membersById.get(id)).filter((m) => m !== undefined);
  const { milestonesById, blockedCardIds } = usePlanningLookups();
  const milestone = card.milestone_id ? milestonesById.get(card.milestone_id) : undefined;
  const blocked = !card.completed && blockedCardIds.has(card.id);
  const hasFooter = card.due_at || card.description || assignees.length > 0 || timing || card.attachment_count > 0 || milestone || blocked;
  return (
    <div
      className={cn(
        "group/card relative rounded-lg border border-border/80 bg-card px-3 py-2.5 text-left text-sm shadow-xs transition-[box-shadow,border-color]",
        "hover:border-primary/35 hover:shadow-sm",
        overlay && "rotate-[1.5deg] cursor-grabbing border-primary/40 shadow-xl",
        card.completed && "bg-card/70",
      )}
    >
      {card.cover_file_id && (
        // The cover's thumbnail (a 320 px WebP), loaded lazily: most of a big board is off screen.
        <img
          src={`/v1/files/${card.cover_file_id}/thumbnail`}
          alt=""
          loading="lazy"
          className="-mx-3 -mt-2.5 mb-2 block h-32 w-[calc(100%+1.5rem)] max-w-none rounded-t-lg bg-muted object-cover"
          data-testid="card-cover"
        />
      )}
      {tags.length > 0 && (
        <div className="mb-1.5 flex flex-wrap gap-1">
          {tags.map((tag) => (
            <TagChip key={tag.id} name={tag.name} color={tag.color} />
          ))}
        </div>
      )}
      <p
        className={cn(
          "pr-6 leading-snug font-medium break-words",
          card.completed && "text-muted-foreground line-through decoration-muted-foreground/50",
        )}
      >
        {card.completed && <CheckCircle2 className="mr-1 inline size-3.5 -translate-y-px text-success" aria-label="Completed" />}
        {card.title}
      </p>
      <CardFieldChips card={card} fields={fields} membersById={membersById} />
      {hasFooter && (
        <div className="mt-2 flex items-center gap-2 text-muted-foreground">
          {card.due_at && <DueBadge dueAt={card.due_at} completed={card.completed} />}
          {blocked && (
            <span
              className="inline-flex items-center gap-1 rounded bg-warning/12 px-1.5 py-0.5 text-[11px] font-medium text-warning"
              data-testid="card-blocked"
            >
              <Lock className="size-3" aria-hidden /> Blocked
            </span>
          )}
          {milestone && (
            <span
              className="inline-flex max-w-28 items-center gap-1 truncate rounded bg-muted px-1.5 py-0.5 text-[11px] font-medium"
              data-testid="card-milestone"
              title={`Milestone ${milestone.name}`}
            >
              <Flag className="size-3 shrink-0" aria-hidden /> <span className="truncate">{milestone.name}</span>
            </span>
          )}
          {timing && (
            <span
              className="inline-flex items-center gap-1 rounded bg-primary/12 px-1.5 py-0.5 text-[11px] font-medium text-primary"
              data-testid="card-timer-running"
            >
              <Timer className="size-3 animate-pulse" aria-hidden /> Timing
            </span>
          )}
          {card.description && <AlignLeft className="size-3.5" aria-label="Has a description" />}
          {card.attachment_count > 0 && (
            <span
              className="inline-flex items-center gap-0.5 text-xs"
              aria-label={`${card.attachment_count} attachments`}
              data-testid="card-attachment-count"
            >
              <Paperclip className="size-3.5" aria-hidden /> {card.attachment_count}
            </span>
          )}
          {assignees.length > 0 && (
            <span className="ml-auto flex -space-x-1.5">
              {assignees.slice(0, 3).map((m) => (
                <MemberAvatar key={m.id} id={m.id} name={m.name} />
              ))}
              {assignees.length > 3 && (
                <span className="grid size-6 place-items-center rounded-full bg-muted text-[10px] ring-2 ring-card">
                  +{assignees.length - 3}
                </span>
              )}
            </span>
          )}
        </div>
      )}
    </div>
  );
});

type SortableCardProps = {
  card: CardJson;
  listId: string;
  listDragging: boolean;
  /** Place in the list and the list's length: only some cards are rendered, so say where this one is. */
  index: number;
  setSize: number;
  /** Reports the rendered height to the list's window of cards. */
  measure: (node: Element | null) => void;
};

/**
 * A card in its list: draggable (mouse, touch after a press, keyboard with Space), Enter opens it.
 * Memoized on its props so a move re-renders only the cards whose data or list changed.
 */
export const SortableCard = memo(function SortableCard({ card, listId, listDragging, index, setSize, measure }: SortableCardProps) {
  const { canEdit } = useBoardMeta();
  const selection = useCardSelection();
  const picked = selection.selected.has(card.id);
  const pending = isPendingId(card.id);
  const fileDrop = useFileDrop(card.id, card.board_id, canEdit && !pending);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { type: "card", listId },
    disabled: { draggable: !canEdit || pending, droppable: listDragging },
    // No layout animation after a drop: measuring every moved card after the drop forced a layout
    // per card, which on a 1 000-card board cost more than the animation was worth.
    animateLayoutChanges: () => false,
  });
  const style = { transform: CSS.Translate.toString(transform), transition };
  const ref = useCallback(
    (node: HTMLLIElement | null) => {
      setNodeRef(node);
      measure(node);
    },
    [setNodeRef, measure],
  );

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === "Enter" && event.target === event.currentTarget) {
      event.preventDefault();
      if (!pending) openCard(card.id);
      return;
    }
    // x picks the focused card for a bulk action (shift+x: from the last one picked to here).
    if ((event.key === "x" || event.key === "X") && event.target === event.currentTarget && canEdit && !pending) {
      event.preventDefault();
      selection.toggle(card.id, { range: event.shiftKey });
      return;
    }
    listeners?.onKeyDown?.(event);
  }

  return (
    <li
      ref={ref}
      style={style}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={cn(
        "relative list-none touch-manipulation",
        picked && "rounded-lg ring-2 ring-primary",
        isDragging && "opacity-40",
        fileDrop.over && "rounded-lg ring-2 ring-primary ring-offset-1",
      )}
      data-testid="card"
      data-card-id={card.id}
      {...fileDrop.handlers}
    >
      <div
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        role="button"
        aria-roledescription="card"
        aria-label={`${card.title}${card.completed ? " (completed)" : ""}`}
        aria-describedby={attributes["aria-describedby"]}
        onClick={() => !pending && openCard(card.id)}
        className="cursor-pointer rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <CardTileView card={card} />
      </div>
      {canEdit && !pending && (
        // Beside the card's corner rather than over its text; shown on hover or focus, and on every card once one is picked.
        <div
          className={cn(
            "absolute -top-1.5 -left-1.5 z-10 grid size-5 place-items-center rounded-md bg-card shadow-sm transition-opacity",
            picked || selection.selected.size > 0 ? "opacity-100" : "opacity-0 focus-within:opacity-100 [li:hover>&]:opacity-100",
          )}
        >
          <Checkbox
            checked={picked}
            aria-label={`Select ${card.title}`}
            onClick={(e) => {
              e.preventDefault();
              e.stopPropagation();
              selection.toggle(card.id, { range: e.shiftKey });
            }}
            data-testid="card-select"
          />
        </div>
      )}
      {canEdit && !pending && (
        <div className="absolute top-1.5 right-1.5 opacity-100 transition-opacity sm:opacity-0 sm:group-hover/list:opacity-100 sm:focus-within:opacity-100 [li:hover>&]:opacity-100">
          <CardMenu card={card} />
        </div>
      )}
    </li>
  );
});
