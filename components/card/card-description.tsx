"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { AlignLeft } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import type { CardJson } from "@/lib/api-client/types";
import { SectionHeading } from "./section-heading";

const Markdown = dynamic(() => import("./markdown"), { ssr: false, loading: () => <Skeleton className="h-10 w-full" /> });

/** Markdown description: rendered safely; click (or Edit) to write, Save or Cmd/Ctrl+Enter to keep. */
export function CardDescription({ card, canEdit, onSave }: { card: CardJson; canEdit: boolean; onSave: (description: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(card.description);

  function save() {
    setEditing(false);
    if (value !== card.description) onSave(value);
  }

  return (
    <section className="space-y-2" aria-labelledby="card-description-heading">
      <SectionHeading id="card-description-heading" icon={<AlignLeft />}>
        Description
        {canEdit && !editing && card.description && (
          <Button variant="ghost" size="sm" className="ml-auto h-7" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )}
      </SectionHeading>
      {editing ? (
        <div className="space-y-2">
          <Textarea
            autoFocus
            rows={8}
            value={value}
            maxLength={50_000}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) save();
              if (e.key === "Escape") {
                e.stopPropagation();
                setValue(card.description);
                setEditing(false);
              }
            }}
            placeholder="Add more detail. Markdown works: **bold**, lists, [links](https://…), `code`, - [ ] tasks"
            aria-label="Description"
            className="font-mono text-[13px]"
          />
          <div className="flex items-center gap-2">
            <Button size="sm" onClick={save}>
              Save
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setValue(card.description);
                setEditing(false);
              }}
            >
              Cancel
            </Button>
            <span className="ml-auto text-xs text-muted-foreground">Markdown supported</span>
          </div>
        </div>
      ) : card.description ? (
        <div className="rounded-md px-1" onDoubleClick={() => canEdit && setEditing(true)}>
          <Markdown source={card.description} />
        </div>
      ) : canEdit ? (
        <button
          type="button"
          onClick={() => setEditing(true)}
          className="w-full rounded-md bg-muted/60 px-3 py-3 text-left text-sm text-muted-foreground hover:bg-muted"
        >
          Add a more detailed description…
        </button>
      ) : (
        <p className="text-sm text-muted-foreground">No description.</p>
      )}
    </section>
  );
}
