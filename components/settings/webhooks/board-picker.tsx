"use client";

import { useId } from "react";
import { useBoards } from "@/components/boards/use-boards";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";

/**
 * Optional board restriction. [] = every board; workspace-level events (members, tokens,
 * security) arrive either way, which the hint says so nobody is surprised.
 */
export type BoardSelection = { all: boolean; boardIds: string[] };

export function BoardPicker({
  selection,
  onChange,
  error,
}: {
  selection: BoardSelection;
  onChange: (next: BoardSelection) => void;
  error?: string;
}) {
  const id = useId();
  const boards = useBoards(true);
  const { all, boardIds: value } = selection;
  const items = boards.data?.items ?? [];
  const set = (boardIds: string[]) => onChange({ all: false, boardIds });
  // A restricted webhook may name archived boards the active list no longer shows: keep them visible.
  const unknown = value.filter((boardId) => !items.some((b) => b.id === boardId));

  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined} data-invalid={error ? true : undefined}>
      <legend className="mb-2 text-sm font-medium">Boards</legend>
      <div className="flex items-center gap-2.5 rounded-lg border bg-muted/30 px-3 py-2.5">
        <Switch
          id={`${id}-all`}
          aria-describedby={`${id}-all-hint`}
          checked={all}
          disabled={all && items.length === 0}
          onCheckedChange={(on) => onChange({ all: on, boardIds: value })}
        />
        <div className="grid gap-0.5">
          <Label htmlFor={`${id}-all`}>All boards</Label>
          <span id={`${id}-all-hint`} className="text-xs text-muted-foreground">
            Workspace events (members, tokens, security) always arrive.
          </span>
        </div>
      </div>
      {!all && (
        <ul className="grid max-h-40 gap-1.5 overflow-y-auto rounded-lg border p-3 sm:grid-cols-2">
          {items.map((board) => (
            <li key={board.id} className="flex items-center gap-2">
              <Checkbox
                id={`${id}-${board.id}`}
                checked={value.includes(board.id)}
                onCheckedChange={(on) => set(on === true ? [...value, board.id] : value.filter((b) => b !== board.id))}
              />
              <Label htmlFor={`${id}-${board.id}`} className="truncate font-normal">
                {board.name}
              </Label>
            </li>
          ))}
          {unknown.map((boardId) => (
            <li key={boardId} className="flex items-center gap-2">
              <Checkbox id={`${id}-${boardId}`} checked onCheckedChange={() => set(value.filter((b) => b !== boardId))} />
              <Label htmlFor={`${id}-${boardId}`} className="truncate font-mono text-xs font-normal text-muted-foreground">
                {boardId} (archived or hidden)
              </Label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      )}
    </fieldset>
  );
}
