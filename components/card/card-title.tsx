"use client";

import { useState } from "react";
import { Textarea } from "@/components/ui/textarea";
import { DialogTitle } from "@/components/ui/dialog";
import type { CardJson } from "@/lib/api-client/types";
import { cn } from "@/lib/utils";

/** The title, edited in place: click, type, Enter or click away saves, Escape cancels. */
export function CardTitle({ card, canEdit, onSave }: { card: CardJson; canEdit: boolean; onSave: (title: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(card.title);

  function save() {
    setEditing(false);
    const title = value.trim();
    if (title && title !== card.title) onSave(title);
    else setValue(card.title);
  }

  if (editing) {
    return (
      <>
        <DialogTitle className="sr-only">{card.title}</DialogTitle>
        <Textarea
          autoFocus
          rows={2}
          value={value}
          maxLength={500}
          aria-label="Card title"
          onChange={(e) => setValue(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              save();
            }
            if (e.key === "Escape") {
              e.stopPropagation();
              setValue(card.title);
              setEditing(false);
            }
          }}
          className="min-h-0 resize-none text-lg font-semibold"
        />
      </>
    );
  }
  return (
    <DialogTitle asChild>
      <h2 className={cn("text-lg leading-snug font-semibold break-words", card.completed && "text-muted-foreground line-through")}>
        {canEdit ? (
          <button
            type="button"
            className="-mx-1 rounded-md px-1 text-left hover:bg-accent"
            onClick={() => setEditing(true)}
            data-testid="card-title"
          >
            {card.title}
          </button>
        ) : (
          card.title
        )}
      </h2>
    </DialogTitle>
  );
}
