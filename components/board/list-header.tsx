"use client";

import { useState } from "react";
import { Archive, ArrowLeft, ArrowRight, MoreHorizontal, Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ListJson } from "@/lib/api-client/types";
import { RenameInput } from "./rename-input";
import { useUpdateList } from "./use-list-mutations";

type Props = {
  boardId: string;
  list: ListJson;
  index: number;
  listCount: number;
  cardCount: number;
  canEdit: boolean;
  dragHandle: React.HTMLAttributes<HTMLElement>;
};

/** The list's name (click to rename), card count and menu; the header is the list's drag handle. */
export function ListHeader({ boardId, list, index, listCount, cardCount, canEdit, dragHandle }: Props) {
  const updateList = useUpdateList(boardId);
  const [editing, setEditing] = useState(false);
  const pending = list.id.startsWith("pending_");

  return (
    <div className="flex items-center gap-1 px-2 pt-2 pb-1">
      {editing ? (
        <RenameInput
          current={list.name}
          label="List name"
          className="h-8 flex-1 text-sm font-semibold"
          onRename={(name) => updateList.mutate({ listId: list.id, patch: { name } })}
          onClose={() => setEditing(false)}
        />
      ) : (
        <h2
          {...(canEdit && !pending ? dragHandle : {})}
          className="flex min-w-0 flex-1 cursor-grab items-center gap-2 rounded-md px-1.5 py-1 text-sm font-semibold outline-none focus-visible:ring-2 focus-visible:ring-ring active:cursor-grabbing"
          onDoubleClick={() => canEdit && setEditing(true)}
        >
          <span className="truncate">{list.name}</span>
          <span
            className="rounded-full bg-foreground/6 px-1.5 text-[11px] font-medium text-muted-foreground tabular-nums"
            aria-label={`${cardCount} cards`}
          >
            {cardCount}
          </span>
        </h2>
      )}
      {canEdit && !pending && (
        <DropdownMenu modal={false}>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="icon-sm" className="size-7 text-muted-foreground" aria-label={`Actions for list ${list.name}`}>
              <MoreHorizontal aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="w-48">
            <DropdownMenuItem onSelect={() => setEditing(true)}>
              <Pencil aria-hidden /> Rename
            </DropdownMenuItem>
            <DropdownMenuItem
              disabled={index === 0}
              onSelect={() => updateList.mutate({ listId: list.id, patch: { position: index - 1 } })}
            >
              <ArrowLeft aria-hidden /> Move left
            </DropdownMenuItem>
            <DropdownMenuItem
              disabled={index === listCount - 1}
              onSelect={() => updateList.mutate({ listId: list.id, patch: { position: index + 1 } })}
            >
              <ArrowRight aria-hidden /> Move right
            </DropdownMenuItem>
            <DropdownMenuSeparator />
            <DropdownMenuItem variant="destructive" onSelect={() => updateList.mutate({ listId: list.id, patch: { archived: true } })}>
              <Archive aria-hidden /> Archive list
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      )}
    </div>
  );
}
