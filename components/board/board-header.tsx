"use client";

import { useState } from "react";
import Link from "next/link";
import { ChevronLeft } from "lucide-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { BoardJson } from "@/lib/api-client/types";
import { BoardMenu } from "./board-menu";
import { RenameInput } from "./rename-input";

/** Board name (click to rename), its menu, and the filters below. */
export function BoardHeader({ board, canEdit, children }: { board: BoardJson; canEdit: boolean; children: React.ReactNode }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const rename = useMutation({
    mutationFn: (value: string) => ok(api.PATCH("/v1/boards/{id}", { params: { path: { id: board.id } }, body: { name: value } })),
    onMutate: (value) => queryClient.setQueryData<BoardJson>(queryKeys.board.detail(board.id), (b) => (b ? { ...b, name: value } : b)),
    onError: (error) => {
      queryClient.setQueryData(queryKeys.board.detail(board.id), board);
      toast.error(`Could not rename the board: ${error.message}`);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.boards.all }),
  });

  return (
    <header className="space-y-3 px-4 sm:px-6">
      <div className="flex items-center gap-2">
        <Link
          href="/boards"
          className="grid size-8 place-items-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground"
          aria-label="All boards"
        >
          <ChevronLeft className="size-4" aria-hidden />
        </Link>
        {editing ? (
          <RenameInput
            current={board.name}
            label="Board name"
            className="h-9 max-w-md text-lg font-semibold"
            onRename={(value) => rename.mutate(value)}
            onClose={() => setEditing(false)}
          />
        ) : (
          <h1 className="min-w-0 truncate text-xl font-semibold tracking-tight">
            {canEdit ? (
              <button
                type="button"
                className="max-w-full truncate rounded-md px-1 text-left hover:bg-accent"
                onClick={() => setEditing(true)}
                title="Rename board"
              >
                {board.name}
              </button>
            ) : (
              board.name
            )}
          </h1>
        )}
        {!board.active && <span className="rounded-md bg-warning/12 px-2 py-0.5 text-xs font-medium text-warning">Archived</span>}
        <div className="ml-auto">
          <BoardMenu board={board} canEdit={canEdit} />
        </div>
      </div>
      {board.description && <p className="-mt-2 line-clamp-1 pl-10 text-sm text-muted-foreground">{board.description}</p>}
      {children}
    </header>
  );
}
