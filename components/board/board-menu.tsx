"use client";

import { useState } from "react";
import { Activity, Archive, ArchiveRestore, Clock, Download, FileUp, MoreHorizontal, SlidersHorizontal } from "lucide-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
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
import { downloadBoardExport } from "@/lib/api-client/data-transfer";
import { CsvImportDialog } from "@/components/imports/csv-import-dialog";
import { formatHours } from "@/components/reports/date-range";
import { ArchivedItemsDialog } from "./archived-items-dialog";

/** Board-wide actions: activity, archived items, custom fields (read-only for viewers), tracked time, export, CSV import, archive or restore the board. */
export function BoardMenu({ board, canEdit }: { board: BoardJson; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<"activity" | "archived" | "fields" | "csv" | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  // The board's tracked time, read when the menu opens.
  const time = useQuery({
    queryKey: queryKeys.time.board(board.id),
    queryFn: () => ok(api.GET("/v1/time_entries/totals", { params: { query: { board_id: board.id } } })),
    enabled: menuOpen,
  });
  const safeName = board.name.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 60) || "board";
  const exportAs = (format: "json" | "csv") =>
    downloadBoardExport(board.id, format, format === "json" ? `${safeName}.json` : `${safeName}-cards.csv`).catch((e: Error) =>
      toast.error(e.message),
    );
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
      <DropdownMenu modal={false} open={menuOpen} onOpenChange={setMenuOpen}>
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
          <DropdownMenuItem disabled data-testid="board-time-total">
            <Clock aria-hidden />
            {time.isPending
              ? "Time tracked: …"
              : time.isError
                ? "Time tracked: unavailable"
                : `Time tracked: ${formatHours(time.data.total_seconds)} h`}
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => void exportAs("json")}>
            <Download aria-hidden /> Export board (JSON)
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => void exportAs("csv")}>
            <Download aria-hidden /> Export cards (CSV)
          </DropdownMenuItem>
          {canEdit && (
            <DropdownMenuItem onSelect={() => setOpen("csv")}>
              <FileUp aria-hidden /> Import cards from CSV
            </DropdownMenuItem>
          )}
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
      {open === "csv" && <CsvImportDialog boardId={board.id} onClose={() => setOpen(null)} />}
      {open === "archived" && <ArchivedItemsDialog boardId={board.id} canEdit={canEdit} onClose={() => setOpen(null)} />}
    </>
  );
}
