"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { DueBadge } from "@/components/board/due-badge";
import type { CardJson } from "@/lib/api-client/types";
import { SidebarField } from "./sidebar-field";

/** "2026-04-17T14:23" in the viewer's time zone, as <input type="datetime-local"> wants it. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function CardDueDate({ card, canEdit, onChange }: { card: CardJson; canEdit: boolean; onChange: (dueAt: string | null) => void }) {
  return (
    <SidebarField label="Due date">
      {canEdit ? (
        <div className="flex items-center gap-1">
          <Input
            type="datetime-local"
            aria-label="Due date"
            defaultValue={card.due_at ? toLocalInput(card.due_at) : ""}
            key={card.due_at ?? "none"}
            onBlur={(e) => {
              const value = e.target.value;
              const next = value ? new Date(value).toISOString() : null;
              if (next !== card.due_at && !(next && card.due_at && new Date(next).getTime() === new Date(card.due_at).getTime()))
                onChange(next);
            }}
            className="h-8 text-[13px]"
          />
          {card.due_at && (
            <Button variant="ghost" size="icon-sm" className="size-8" onClick={() => onChange(null)} aria-label="Remove due date">
              <X aria-hidden />
            </Button>
          )}
        </div>
      ) : null}
      {card.due_at ? (
        <DueBadge dueAt={card.due_at} completed={card.completed} />
      ) : (
        !canEdit && <span className="text-sm text-muted-foreground">None</span>
      )}
    </SidebarField>
  );
}
