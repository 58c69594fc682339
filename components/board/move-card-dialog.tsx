"use client";

import { useMemo, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { CardJson } from "@/lib/api-client/types";
import { useBoardMeta } from "./board-context";
import { queryKeys } from "@/lib/api-client/query-keys";
import { groupCards, sortLists } from "./card-order";
import { useUpdateCard } from "./use-card-mutations";

/** Pick a list and a position; one PATCH moves the card there. */
export function MoveCardDialog({ card, open, onOpenChange }: { card: CardJson; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { boardId, lists } = useBoardMeta();
  const queryClient = useQueryClient();
  const updateCard = useUpdateCard(boardId);
  const ordered = useMemo(() => sortLists(lists).filter((l) => !l.id.startsWith("pending_")), [lists]);
  const [listId, setListId] = useState(card.list_id);
  const groups = useMemo(
    () => groupCards(lists, queryClient.getQueryData<CardJson[]>(queryKeys.board.cards(boardId)) ?? []),
    [lists, queryClient, boardId],
  );
  const others = (groups[listId] ?? []).filter((id) => id !== card.id);
  const currentIndex = groups[card.list_id]?.indexOf(card.id) ?? 0;
  const [position, setPosition] = useState(String(listId === card.list_id ? currentIndex : others.length));
  const positionCount = others.length + 1;

  function chooseList(id: string) {
    setListId(id);
    const count = (groups[id] ?? []).filter((c) => c !== card.id).length;
    setPosition(String(id === card.list_id ? currentIndex : count));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const index = Number(position);
    if (listId !== card.list_id || index !== currentIndex)
      updateCard.mutate({ cardId: card.id, patch: { list_id: listId, position: index } });
    onOpenChange(false);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-sm" onCloseAutoFocus={(e) => e.preventDefault()}>
        <form onSubmit={submit} className="space-y-5">
          <DialogHeader>
            <DialogTitle>Move card</DialogTitle>
            <DialogDescription className="truncate">“{card.title}”</DialogDescription>
          </DialogHeader>
          <FormField label="List">
            {(control) => (
              <Select value={listId} onValueChange={chooseList}>
                <SelectTrigger className="w-full" {...control}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {ordered.map((list) => (
                    <SelectItem key={list.id} value={list.id}>
                      {list.name}
                      {list.id === card.list_id ? " (current)" : ""}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          </FormField>
          <FormField label="Position">
            {(control) => (
              <Select value={position} onValueChange={setPosition}>
                <SelectTrigger className="w-full" {...control}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {Array.from({ length: positionCount }, (_, i) => (
                    <SelectItem key={i} value={String(i)}>
                      {i + 1}
                      {i === 0 ? " (top)" : i === positionCount - 1 ? " (bottom)" : ""}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit">Move</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
