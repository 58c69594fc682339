"use client";

import { useRef, useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useCreateCard } from "./use-card-mutations";

let pendingCounter = 0;

/** "Add a card" at a list's foot: Enter adds and stays open for the next one, Escape closes. */
export function AddCardComposer({ boardId, listId, listName }: { boardId: string; listId: string; listName: string }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const createCard = useCreateCard(boardId);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  function add() {
    const value = title.trim();
    if (!value) return;
    createCard.mutate({ list_id: listId, title: value, tempId: `pending_${Date.now()}_${pendingCounter++}` });
    setTitle("");
    inputRef.current?.focus();
  }

  if (!open) {
    return (
      <Button
        variant="ghost"
        size="sm"
        className="w-full justify-start text-muted-foreground hover:bg-foreground/5"
        onClick={() => setOpen(true)}
        disabled={listId.startsWith("pending_")}
        aria-label={`Add a card to ${listName}`}
      >
        <Plus aria-hidden /> Add a card
      </Button>
    );
  }
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <Textarea
        ref={inputRef}
        autoFocus
        rows={2}
        value={title}
        maxLength={500}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            add();
          }
          if (e.key === "Escape") setOpen(false);
        }}
        onBlur={() => !title.trim() && setOpen(false)}
        placeholder="Card title…"
        aria-label={`New card title in ${listName}`}
        className="min-h-0 resize-none bg-card text-sm shadow-xs"
      />
      <div className="flex items-center gap-2">
        <Button type="submit" size="sm">
          Add card
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
