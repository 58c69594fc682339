"use client";

import { useState } from "react";
import { Archive, ArchiveRestore, MoreHorizontal, Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import type { BoardJson } from "@/lib/api-client/types";
import { useUpdateBoard } from "./use-boards";

/** Rename, archive or restore a board from the index. */
export function BoardTileMenu({ board }: { board: BoardJson }) {
  const updateBoard = useUpdateBoard();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(board.name);
  const setActive = (active: boolean) =>
    updateBoard.mutate(
      { id: board.id, patch: { active } },
      {
        onSuccess: () =>
          toast.success(
            active ? `“${board.name}” restored` : `“${board.name}” archived`,
            active ? undefined : { action: { label: "Undo", onClick: () => setActive(true) } },
          ),
        onError: (e) => toast.error(e.message),
      },
    );

  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" className="size-7 text-muted-foreground" aria-label={`Actions for board ${board.name}`}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-44">
          <DropdownMenuItem onSelect={() => setRenaming(true)}>
            <Pencil aria-hidden /> Rename
          </DropdownMenuItem>
          {board.active ? (
            <DropdownMenuItem variant="destructive" onSelect={() => setActive(false)}>
              <Archive aria-hidden /> Archive
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem onSelect={() => setActive(true)}>
              <ArchiveRestore aria-hidden /> Restore
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <Dialog open={renaming} onOpenChange={setRenaming}>
        <DialogContent className="sm:max-w-sm">
          <form
            className="space-y-5"
            onSubmit={(e) => {
              e.preventDefault();
              if (!name.trim()) return;
              if (name.trim() !== board.name)
                updateBoard.mutate({ id: board.id, patch: { name: name.trim() } }, { onError: (err) => toast.error(err.message) });
              setRenaming(false);
            }}
          >
            <DialogHeader>
              <DialogTitle>Rename board</DialogTitle>
            </DialogHeader>
            <FormField label="Name" required>
              <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoFocus />
            </FormField>
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setRenaming(false)}>
                Cancel
              </Button>
              <Button type="submit">Save</Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
