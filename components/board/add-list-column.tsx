"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { COLUMN_WIDTH } from "./list-column";
import { useCreateList } from "./use-list-mutations";

let pendingCounter = 0;

/** The last column: "Add a list", which stays open to add several in a row. */
export function AddListColumn({ boardId }: { boardId: string }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const createList = useCreateList(boardId);

  function add(event: React.FormEvent) {
    event.preventDefault();
    const value = name.trim();
    if (!value) return;
    createList.mutate({ name: value, tempId: `pending_list_${Date.now()}_${pendingCounter++}` });
    setName("");
  }

  return (
    <div className={cn("shrink-0 snap-start", COLUMN_WIDTH)}>
      {open ? (
        <form onSubmit={add} className="space-y-2 rounded-xl bg-muted/70 p-2 ring-1 ring-border/60">
          <Input
            autoFocus
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
            placeholder="List name…"
            aria-label="New list name"
            className="bg-card"
          />
          <div className="flex gap-2">
            <Button type="submit" size="sm">
              Add list
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button
          variant="ghost"
          className="h-11 w-full justify-start rounded-xl border border-dashed border-border bg-muted/30 text-muted-foreground hover:bg-muted/70"
          onClick={() => setOpen(true)}
        >
          <Plus aria-hidden /> Add a list
        </Button>
      )}
    </div>
  );
}
