"use client";

import { Check, UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { MemberAvatar } from "@/components/board/member-avatar";
import { useBoardLookups } from "@/components/board/board-context";
import type { CardJson } from "@/lib/api-client/types";
import { SidebarField } from "./sidebar-field";

/** Assignees from the workspace's members (GET /v1/users); toggling one is one PATCH of assignee_ids. */
export function CardAssignees({ card, canEdit, onChange }: { card: CardJson; canEdit: boolean; onChange: (ids: string[]) => void }) {
  const { membersById } = useBoardLookups();
  const members = [...membersById.values()].sort((a, b) => a.name.localeCompare(b.name));
  const assigned = card.assignee_ids.map((id) => membersById.get(id)).filter((m) => m !== undefined);
  const toggle = (id: string) =>
    onChange(card.assignee_ids.includes(id) ? card.assignee_ids.filter((x) => x !== id) : [...card.assignee_ids, id]);

  return (
    <SidebarField label="Assignees">
      <div className="flex flex-wrap items-center gap-1.5">
        {assigned.map((m) => (
          <span
            key={m.id}
            className="inline-flex items-center gap-1.5 rounded-full bg-muted py-0.5 pr-2 pl-0.5 text-xs"
            data-testid="assignee"
          >
            <MemberAvatar id={m.id} name={m.name} className="size-5 ring-0" />
            {m.name}
          </span>
        ))}
        {canEdit && (
          <Popover>
            <PopoverTrigger asChild>
              <Button variant="ghost" size="sm" className="h-7 px-2 text-muted-foreground" aria-label="Edit assignees">
                <UserPlus aria-hidden /> {assigned.length ? "" : "Assign"}
              </Button>
            </PopoverTrigger>
            <PopoverContent align="start" className="w-64 p-1">
              <ul role="listbox" aria-label="Assignees" aria-multiselectable="true" className="max-h-64 overflow-y-auto">
                {members.map((m) => {
                  const selected = card.assignee_ids.includes(m.id);
                  return (
                    <li key={m.id} role="option" aria-selected={selected}>
                      <button
                        type="button"
                        onClick={() => toggle(m.id)}
                        className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-accent"
                      >
                        <MemberAvatar id={m.id} name={m.name} className="ring-0" />
                        <span className="min-w-0 flex-1 truncate">{m.name}</span>
                        {selected && <Check className="size-4 text-primary" aria-hidden />}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </PopoverContent>
          </Popover>
        )}
        {!canEdit && assigned.length === 0 && <span className="text-sm text-muted-foreground">Nobody</span>}
      </div>
    </SidebarField>
  );
}
