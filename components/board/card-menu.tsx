"use client";

import { memo, useState } from "react";
import { Archive, ArrowRightLeft, CheckCircle2, Circle, ExternalLink, MoreHorizontal } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { CardJson } from "@/lib/api-client/types";
import { useBoardMeta } from "./board-context";
import { openCard } from "./board-url";
import { MoveCardDialog } from "./move-card-dialog";
import { useUpdateCard } from "./use-card-mutations";

/**
 * The card's quick actions, including "Move to…" for moving without dragging. Memoized: every
 * drag and drop re-renders all 1 000 sortable cards (dnd-kit's context changes), and re-rendering
 * a Radix menu and its mutation observer per card was most of a drop's cost.
 */
export const CardMenu = memo(function CardMenu({ card }: { card: CardJson }) {
  const { boardId } = useBoardMeta();
  const updateCard = useUpdateCard(boardId);
  const [moving, setMoving] = useState(false);
  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button
            variant="ghost"
            size="icon-sm"
            className="size-7 bg-card/90 text-muted-foreground shadow-xs hover:text-foreground"
            aria-label={`Actions for ${card.title}`}
          >
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-48">
          <DropdownMenuItem onSelect={() => openCard(card.id)}>
            <ExternalLink aria-hidden /> Open
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setMoving(true)}>
            <ArrowRightLeft aria-hidden /> Move to…
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => updateCard.mutate({ cardId: card.id, patch: { completed: !card.completed } })}>
            {card.completed ? <Circle aria-hidden /> : <CheckCircle2 aria-hidden />} {card.completed ? "Mark incomplete" : "Mark complete"}
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => updateCard.mutate({ cardId: card.id, patch: { archived: true } })}>
            <Archive aria-hidden /> Archive
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {moving && <MoveCardDialog card={card} open={moving} onOpenChange={setMoving} />}
    </>
  );
});
