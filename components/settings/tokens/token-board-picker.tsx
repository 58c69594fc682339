"use client";

import { useId } from "react";
import { useBoards } from "@/components/boards/use-boards";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";

/** Optional board restriction for a token: [] means every board the user can see. */
export function TokenBoardPicker({ value, onChange }: { value: string[]; onChange: (boardIds: string[]) => void }) {
  const id = useId();
  const boards = useBoards(true);
  const items = boards.data?.items ?? [];
  const all = value.length === 0;

  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium">Boards</legend>
      <div className="flex items-center gap-2.5 rounded-lg border bg-muted/30 px-3 py-2.5">
        <Switch
          id={`${id}-all`}
          checked={all}
          disabled={all && items.length === 0}
          onCheckedChange={(on) => onChange(on ? [] : items.slice(0, 1).map((b) => b.id))}
        />
        <Label htmlFor={`${id}-all`} className="flex-col items-start gap-0.5">
          <span>All boards</span>
          <span className="text-xs font-normal text-muted-foreground">
            A restricted token sees only the boards you pick, and cannot manage members, webhooks or tokens.
          </span>
        </Label>
      </div>
      {!all && (
        <ul className="grid max-h-40 gap-1.5 overflow-y-auto rounded-lg border p-3 sm:grid-cols-2" aria-label="Boards the token may use">
          {items.map((board) => (
            <li key={board.id} className="flex items-center gap-2">
              <Checkbox
                id={`${id}-${board.id}`}
                checked={value.includes(board.id)}
                onCheckedChange={(on) => onChange(on === true ? [...value, board.id] : value.filter((b) => b !== board.id))}
              />
              <Label htmlFor={`${id}-${board.id}`} className="truncate font-normal">
                {board.name}
              </Label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
