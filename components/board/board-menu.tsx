"use client";

import { useState } from "react";
import { Activity, Archive, ArchiveRestore, MoreHorizontal, SlidersHorizontal } from "lucide-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toaster";
import { ActivityFeed } from "@/components/card/activity-feed";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { BoardJson } from "@/lib/api-client/types";
import { FieldManagerDialog } from "@/components/custom-fields/field-manager-dialog";
import { ArchivedItemsDialog } from "./archived-items-dialog";

/** Board-wide actions: activity, archived items, custom fields (read-only for viewers), archive or restore the board. */
export function BoardMenu({ board, canEdit }: { board: BoardJson; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<"activity" | "archived" | "fields" | null>(null);
  const setActive = useMutation({
    mutationFn: (active: boolean) => ok(api.PATCH("/v1/boards/{id}", { params: { path: { id: board.id } }, body: { active } })),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.board.detail(board.id), updated);
      void queryClient.invalidateQueries({ queryKey: queryKeys.boards.all });
      toast.success(updated.active ? "Board restored" : "Board archived");
    },
    onError: (error) => toast.error(error.message),
  });
  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" aria-label="Board menu">
            <MoreHorizontal aria-hidden /> <span className="hidden sm:inline">Menu</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-52">
          <DropdownMenuItem onSelect={() => setOpen("activity")}>
            <Activity aria-hidden /> Activity
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setOpen("archived")}>
            <Archive aria-hidden /> Archived items
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setOpen("fields")}>
            <SlidersHorizontal aria-hidden /> Custom fields
          </DropdownMenuItem>
          {canEdit && (
            <>
              <DropdownMenuSeparator />
              {board.active ? (
                <DropdownMenuItem variant="destructive" onSelect={() => setActive.mutate(false)}>
                  <Archive aria-hidden /> Archive board
                </DropdownMenuItem>
              ) : (
                <DropdownMenuItem onSelect={() => setActive.mutate(true)}>
                  <ArchiveRestore aria-hidden /> Restore board
                </DropdownMenuItem>
              )}
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <Dialog open={open === "activity"} onOpenChange={(o) => setOpen(o ? "activity" : null)}>
        <DialogContent className="sm:max-w-lg">
          <DialogHeader>
            <DialogTitle>Activity</DialogTitle>
            <DialogDescription>Every change on {board.name}, newest first.</DialogDescription>
          </DialogHeader>
          <div className="max-h-[60vh] overflow-y-auto pr-1">{open === "activity" && <ActivityFeed boardId={board.id} />}</div>
        </DialogContent>
      </Dialog>
      {open === "fields" && <FieldManagerDialog boardId={board.id} canEdit={canEdit} onClose={() => setOpen(null)} />}
      {open === "archived" && <ArchivedItemsDialog boardId={board.id} canEdit={canEdit} onClose={() => setOpen(null)} />}
    </>
  );
}
