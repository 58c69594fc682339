"use client";

import { useState } from "react";
import { CheckSquare, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import type { ChecklistJson } from "@/lib/api-client/types";
import { cn } from "@/lib/utils";
import { SectionHeading } from "./section-heading";
import { useChecklistAction, useChecklists } from "./use-checklists";

function InlineAdd({
  placeholder,
  label,
  onAdd,
  buttonLabel,
}: {
  placeholder: string;
  label: string;
  onAdd: (text: string) => void;
  buttonLabel: string;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  if (!open) {
    return (
      <Button variant="ghost" size="sm" className="h-7 text-muted-foreground" onClick={() => setOpen(true)}>
        <Plus aria-hidden /> {buttonLabel}
      </Button>
    );
  }
  return (
    <form
      className="flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onAdd(text.trim());
        setText("");
      }}
    >
      <Input
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === "Escape" && (e.stopPropagation(), setOpen(false))}
        placeholder={placeholder}
        aria-label={label}
        className="h-8"
        maxLength={1000}
      />
      <Button type="submit" size="sm">
        Add
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
        Done
      </Button>
    </form>
  );
}

function Checklist({
  checklist,
  canEdit,
  act,
}: {
  checklist: ChecklistJson;
  canEdit: boolean;
  act: ReturnType<typeof useChecklistAction>["mutate"];
}) {
  const done = checklist.items.filter((i) => i.completed).length;
  const total = checklist.items.length;
  const percent = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="space-y-2" data-testid="checklist">
      <div className="flex items-center gap-2">
        <h4 className="min-w-0 flex-1 truncate text-sm font-medium">{checklist.title}</h4>
        <span className="text-xs text-muted-foreground tabular-nums">
          {done}/{total}
        </span>
        {canEdit && (
          <Button
            variant="ghost"
            size="icon-sm"
            className="size-7 text-muted-foreground"
            onClick={() => act({ kind: "delete", checklistId: checklist.id })}
            aria-label={`Delete checklist ${checklist.title}`}
          >
            <Trash2 aria-hidden />
          </Button>
        )}
      </div>
      <div
        className="h-1.5 overflow-hidden rounded-full bg-muted"
        role="progressbar"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={`${checklist.title} progress`}
      >
        <div
          className={cn("h-full rounded-full bg-primary transition-[width]", percent === 100 && "bg-success")}
          style={{ width: `${percent}%` }}
        />
      </div>
      <ul className="space-y-0.5">
        {checklist.items.map((item) => (
          <li key={item.id} className="group/item flex items-center gap-2.5 rounded-md px-1 py-1 hover:bg-muted/60">
            <Checkbox
              checked={item.completed}
              disabled={!canEdit}
              onCheckedChange={(checked) =>
                act({ kind: "toggleItem", checklistId: checklist.id, itemId: item.id, completed: checked === true })
              }
              aria-label={item.text}
            />
            <span className={cn("min-w-0 flex-1 text-sm break-words", item.completed && "text-muted-foreground line-through")}>
              {item.text}
            </span>
            {canEdit && (
              <button
                type="button"
                className="text-muted-foreground opacity-0 group-hover/item:opacity-100 hover:text-destructive focus-visible:opacity-100"
                onClick={() => act({ kind: "deleteItem", checklistId: checklist.id, itemId: item.id })}
                aria-label={`Delete item ${item.text}`}
              >
                <Trash2 className="size-3.5" aria-hidden />
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <InlineAdd
          placeholder="Add an item…"
          label={`New item in ${checklist.title}`}
          buttonLabel="Add an item"
          onAdd={(text) => act({ kind: "addItem", checklistId: checklist.id, text })}
        />
      )}
    </div>
  );
}

/** The card's checklists with progress; items are checked, added and removed in place. */
export function CardChecklists({ cardId, boardId, canEdit }: { cardId: string; boardId: string; canEdit: boolean }) {
  const checklists = useChecklists(cardId);
  const action = useChecklistAction(cardId, boardId);
  return (
    <section className="space-y-3" aria-labelledby="card-checklists-heading">
      <SectionHeading id="card-checklists-heading" icon={<CheckSquare />}>
        Checklists
      </SectionHeading>
      {checklists.isPending ? (
        <Skeleton className="h-8 w-full" />
      ) : (
        <>
          {(checklists.data ?? []).map((c) => (
            <Checklist key={c.id} checklist={c} canEdit={canEdit} act={action.mutate} />
          ))}
          {canEdit && (
            <InlineAdd
              placeholder="Checklist title…"
              label="New checklist title"
              buttonLabel="Add a checklist"
              onAdd={(title) => action.mutate({ kind: "create", title })}
            />
          )}
          {!canEdit && (checklists.data ?? []).length === 0 && <p className="text-sm text-muted-foreground">No checklists.</p>}
        </>
      )}
    </section>
  );
}
